package io.github.vrchatgroups.client;

/**
 * Where a client's session comes from, for a client that keeps its session itself ({@link
 * VrchatGroupsClient.Builder#sessionProvider}): each request sends the {@link #current()} session,
 * and a 401 asks for a {@link #renew renewed} one, after which the request is sent once more
 * (VRChat did not act on a request it answered 401). {@code
 * io.github.vrchatgroups.client.session.SessionKeeper} is the SDK's own: it logs in once for every
 * waiting thread, within a login budget, and saves the session. Implementations must be
 * thread-safe.
 */
public interface SessionProvider {
  /**
   * The session to send now; may log in the first time.
   *
   * @return the session
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException if there is none and none could
   *     be had
   */
  Session current();

  /**
   * VRChat answered 401 to a request sent with {@code stale}: a fresh session, unless another
   * thread already renewed it (then that one).
   *
   * @param stale the session the refused request sent; only its {@link Session#authToken()} is set
   * @return the fresh session
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException if no fresh session could be
   *     had, with a recovery that is not "retry now"
   */
  Session renew(Session stale);
}
