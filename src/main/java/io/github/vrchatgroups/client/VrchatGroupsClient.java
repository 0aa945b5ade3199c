package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.generated.api.GroupsApi;
import io.github.vrchatgroups.client.generated.model.CreateGroupInviteRequest;
import io.github.vrchatgroups.client.generated.model.DeclineGroupInviteRequest;
import io.github.vrchatgroups.client.generated.model.GroupMember;
import io.github.vrchatgroups.client.generated.model.GroupMemberLimitedUser;
import io.github.vrchatgroups.client.generated.model.RespondGroupJoinRequest;
import io.github.vrchatgroups.client.internal.ApiInvoker;
import io.github.vrchatgroups.client.internal.ClientSettings;
import io.github.vrchatgroups.client.internal.PagedListing;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

/**
 * The client for the VRChat API's group invites: {@link #inviteUser(String, String) invite} a user
 * (never one the group banned, unless {@link #inviteUserLiftingBan asked by name}), {@link
 * #listInvites(String) list} the pending invites, {@link #cancelInvite cancel} one, {@link
 * #declineInvite(String, boolean) decline} one received; read a user's {@link #getMembership
 * membership}, the group's {@link #streamBans bans} and its {@link #streamJoinRequests join
 * requests}, and {@link #acceptJoinRequest(String, String) accept} or {@link #rejectJoinRequest
 * reject} them (a banned user is never let in). Build one with {@link #builder()} and share it: it
 * is immutable and thread-safe, and it reuses connections (up to 64 at once); {@link #close()}
 * releases them.
 *
 * <pre>{@code
 * VrchatGroupsClient client = VrchatGroupsClient.builder()
 *     .options(options).authCookie(System.getenv("VRCHAT_AUTH")).build();
 * client.inviteUser("grp_00000000-0000-0000-0000-000000000000", "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469");
 * }</pre>
 *
 * <p>Every call validates its arguments before anything is sent ({@link IllegalArgumentException}
 * naming the parameter) and fails only with a {@link VrchatApiException}, whose {@link
 * VrchatApiException#getRecovery()} says what to do. Calls that change something are retried only
 * when the server certainly did not act ({@link RetryPolicy}).
 */
public final class VrchatGroupsClient implements AutoCloseable {
  /** The largest page {@code GET /groups/{groupId}/invites} serves. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The live API: {@link VrchatOptions#DEFAULT_BASE_URL}. */
  public static final String DEFAULT_BASE_URL = VrchatOptions.DEFAULT_BASE_URL;

  /** {@link VrchatOptions#DEFAULT_CONNECT_TIMEOUT}. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = VrchatOptions.DEFAULT_CONNECT_TIMEOUT;

  /** {@link VrchatOptions#DEFAULT_READ_TIMEOUT}. */
  public static final Duration DEFAULT_READ_TIMEOUT = VrchatOptions.DEFAULT_READ_TIMEOUT;

  private final ClientSettings settings;
  private final ApiInvoker<GroupsApi> api;
  private final Moderation moderation;

  private VrchatGroupsClient(ClientSettings settings) {
    this.settings = settings;
    this.api = new ApiInvoker<>(GroupsApi.class, settings, false);
    this.moderation = new Moderation(api);
  }

  /**
   * Starts the settings of a client.
   *
   * @return a builder with every setting at its default; {@link Builder#userAgent} must be set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Invites a user to a group unless the group bans them ({@code GET
   * /groups/{groupId}/members/{userId}}, then {@code POST /groups/{groupId}/invites}). VRChat lifts
   * a ban when it sends an invite, so this call first reads the user's membership and sends nothing
   * to a banned user; the invite itself goes out with {@code confirmOverrideBlock: false}. Two
   * requests against the account's rate limit; for many users, read the bans once with {@link
   * #readBans} and call {@link #inviteUser(String, String, GroupBans)}.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID of ten ASCII letters and digits such
   *     as {@code 8JoV9XEdpo}
   * @return {@link InviteResult#INVITED}, or {@link InviteResult#SKIPPED_BANNED} when the group
   *     bans the user and nothing was sent
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.MissingPermissionException 403: the caller may not
   *     read the group's memberships, so the ban could not be checked; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.BadRequestException 400: the user is already a
   *     member, or already invited
   * @throws io.github.vrchatgroups.client.errors.UnauthorizedException 401: no valid auth cookie
   * @throws io.github.vrchatgroups.client.errors.ForbiddenException 403: the user cannot be invited
   *     by you
   * @throws io.github.vrchatgroups.client.errors.NotFoundException 404: the group does not exist
   * @throws io.github.vrchatgroups.client.errors.RateLimitedException 429, after the retry policy
   *     gave up
   * @throws io.github.vrchatgroups.client.errors.ApiConnectionException no complete response
   *     arrived
   * @throws VrchatApiException any other failure
   */
  public InviteResult inviteUser(String groupId, String userId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    if (moderation.membership(groupId, userId).isBanned()) {
      return InviteResult.SKIPPED_BANNED;
    }
    sendInvite(groupId, userId, false);
    return InviteResult.INVITED;
  }

  /**
   * Invites a user to a group unless {@code bans}, read earlier by {@link #readBans}, holds them:
   * one request per user instead of two. A user banned after {@link GroupBans#readAt()} is not
   * known to {@code bans}; the invite goes out with {@code confirmOverrideBlock: false}, but
   * whether that stops VRChat from lifting a ban is undocumented, so read the bans again during a
   * long run.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID
   * @param bans the group's bans, from {@link #readBans readBans(groupId)}
   * @return as {@link #inviteUser(String, String)}
   * @throws IllegalArgumentException if an ID is malformed, or {@code bans} is null or another
   *     group's; nothing was sent
   * @throws VrchatApiException as {@link #inviteUser(String, String)}
   */
  public InviteResult inviteUser(String groupId, String userId, GroupBans bans) {
    if (banned(groupId, userId, bans)) {
      return InviteResult.SKIPPED_BANNED;
    }
    sendInvite(groupId, userId, false);
    return InviteResult.INVITED;
  }

  /** Checks the arguments of a call that takes a ban list, and whether it holds the user. */
  private static boolean banned(String groupId, String userId, GroupBans bans) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    if (bans == null) {
      throw new IllegalArgumentException("bans must not be null: read them with readBans(groupId)");
    }
    if (!bans.groupId().equals(groupId)) {
      throw new IllegalArgumentException(
          "bans are those of " + bans.groupId() + ", not of groupId " + groupId);
    }
    return bans.contains(userId);
  }

  /**
   * Invites a user to a group <b>even if the group banned them, which lifts the ban</b> ({@code
   * POST /groups/{groupId}/invites} with {@code confirmOverrideBlock: true}, the API's default).
   * Only for a caller who means to let a banned user back in; every other invite should be {@link
   * #inviteUser(String, String)}. One request.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws VrchatApiException as {@link #inviteUser(String, String)}
   */
  public void inviteUserLiftingBan(String groupId, String userId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    sendInvite(groupId, userId, true);
  }

  private void sendInvite(String groupId, String userId, boolean confirmOverrideBlock) {
    CreateGroupInviteRequest body =
        new CreateGroupInviteRequest().userId(userId).confirmOverrideBlock(confirmOverrideBlock);
    api.change(
        groups -> {
          groups.createGroupInvite(groupId, body);
          return null;
        });
  }

  /**
   * Reads one user's membership of a group ({@code GET /groups/{groupId}/members/{userId}}).
   * Retried after timeouts and gateway errors too, since a read changes nothing.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID
   * @return the membership; status {@link MembershipStatus#NONE} when the group has no record of
   *     the user; never {@code null}
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.MissingPermissionException 403: the caller may not
   *     read the group's memberships
   * @throws io.github.vrchatgroups.client.errors.NotGroupMemberException 403: the caller is not a
   *     member
   * @throws io.github.vrchatgroups.client.errors.UnauthorizedException 401: no valid auth cookie
   * @throws io.github.vrchatgroups.client.errors.NotFoundException 404: the group does not exist
   * @throws VrchatApiException any other failure, after the retry policy gave up
   */
  public GroupMembership getMembership(String groupId, String userId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    return moderation.membership(groupId, userId);
  }

  /**
   * Every user the group banned, as a lazy stream ({@code GET /groups/{groupId}/bans}): a page of
   * {@value #MAX_PAGE_SIZE} is read when the previous one is used up, so a group with many bans is
   * never held in memory at once. Each page is a read of its own, retried by the policy; a failure
   * is thrown from the stream's terminal operation.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @return the bans, in the API's order, each with status {@link MembershipStatus#BANNED} as the
   *     API sent it
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws io.github.vrchatgroups.client.errors.MissingPermissionException 403 (from the stream):
   *     the caller may not see the group's bans
   * @throws VrchatApiException any other failure (from the stream), after the retry policy gave up
   */
  public Stream<GroupMembership> streamBans(String groupId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    return moderation.bans(groupId);
  }

  /**
   * Reads every ban of a group once ({@link #streamBans}), for {@link #inviteUser(String, String,
   * GroupBans)}: {@code ceil(bans / 100)} requests, at least one.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @return the banned users' IDs, with the time they were read
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws VrchatApiException as {@link #streamBans}
   */
  public GroupBans readBans(String groupId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    return moderation.readBans(groupId, settings.time().now());
  }

  /**
   * Every pending request to join the group, as a lazy stream ({@code GET
   * /groups/{groupId}/requests}), paged as {@link #streamBans}; each with status {@link
   * MembershipStatus#REQUESTED} as the API sent it.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @return the requests, in the API's order
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws VrchatApiException (from the stream) as {@link #streamBans}
   */
  public Stream<GroupMembership> streamJoinRequests(String groupId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    return moderation.joinRequests(groupId, false);
  }

  /**
   * The join requests the group answered with a block ({@code GET
   * /groups/{groupId}/requests?blocked=true}), as {@link #streamJoinRequests}.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @return the blocked requests, in the API's order
   * @throws IllegalArgumentException if {@code groupId} is malformed; nothing was sent
   * @throws VrchatApiException (from the stream) as {@link #streamBans}
   */
  public Stream<GroupMembership> streamBlockedJoinRequests(String groupId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    return moderation.joinRequests(groupId, true);
  }

  /**
   * Accepts a user's request to join unless the group bans them: reads the user's membership first
   * (as {@link #inviteUser(String, String)} does) and answers nothing for a banned user, then
   * {@code PUT /groups/{groupId}/requests/{userId}} with {@code action: accept}. Two requests; for
   * many users, {@link #acceptJoinRequest(String, String, GroupBans)}.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user who asked to join
   * @return {@link JoinRequestResult#ACCEPTED}, or {@link JoinRequestResult#SKIPPED_BANNED}
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.NoJoinRequestException 400: the user has no
   *     request
   * @throws io.github.vrchatgroups.client.errors.TooManyGroupsException 403: the user is in too
   *     many groups to join now
   * @throws io.github.vrchatgroups.client.errors.MissingPermissionException 403: the caller may not
   *     read members; nothing was answered
   * @throws VrchatApiException any other failure, as {@link #inviteUser(String, String)}
   */
  public JoinRequestResult acceptJoinRequest(String groupId, String userId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    if (moderation.membership(groupId, userId).isBanned()) {
      return JoinRequestResult.SKIPPED_BANNED;
    }
    moderation.answer(groupId, userId, RespondGroupJoinRequest.ActionEnum.ACCEPT, false);
    return JoinRequestResult.ACCEPTED;
  }

  /**
   * Accepts a user's request to join unless {@code bans}, read earlier by {@link #readBans}, holds
   * them: one request per user.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user who asked to join
   * @param bans the group's bans, from {@link #readBans readBans(groupId)}
   * @return as {@link #acceptJoinRequest(String, String)}
   * @throws IllegalArgumentException if an ID is malformed, or {@code bans} is null or another
   *     group's; nothing was sent
   * @throws VrchatApiException as {@link #acceptJoinRequest(String, String)}
   */
  public JoinRequestResult acceptJoinRequest(String groupId, String userId, GroupBans bans) {
    if (banned(groupId, userId, bans)) {
      return JoinRequestResult.SKIPPED_BANNED;
    }
    moderation.answer(groupId, userId, RespondGroupJoinRequest.ActionEnum.ACCEPT, false);
    return JoinRequestResult.ACCEPTED;
  }

  /**
   * Rejects a user's request to join ({@code PUT /groups/{groupId}/requests/{userId}} with {@code
   * action: reject}). One request.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user who asked to join
   * @param block {@code true} to also keep the user from asking again
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.NoJoinRequestException 400: the user has no
   *     request
   * @throws VrchatApiException any other failure
   */
  public void rejectJoinRequest(String groupId, String userId, boolean block) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    moderation.answer(groupId, userId, RespondGroupJoinRequest.ActionEnum.REJECT, block);
  }

  /**
   * The entries of the group's audit log that {@code query} asks for, newest first, as a lazy
   * stream ({@code GET /groups/{groupId}/auditLogs}), paged as {@link #streamBans}. VRChat tells an
   * inviter nothing when an invite is accepted: {@link AuditLogEntry#MEMBER_JOINED} here is the
   * record of it.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param query which entries, for example {@code AuditLogQuery.all().since(start).eventTypes(
   *     AuditLogEntry.MEMBER_JOINED)}
   * @return the entries, in the API's order
   * @throws IllegalArgumentException if {@code groupId} is malformed or {@code query} null; nothing
   *     was sent
   * @throws VrchatApiException (from the stream) as {@link #streamBans}
   */
  public Stream<AuditLogEntry> streamAuditLog(String groupId, AuditLogQuery query) {
    VrchatIds.requireGroupId(groupId, "groupId");
    if (query == null) {
      throw new IllegalArgumentException("query must not be null: AuditLogQuery.all() reads all");
    }
    return moderation.auditLog(groupId, query);
  }

  /**
   * Lists every pending invite of a group, walking the pages ({@value #MAX_PAGE_SIZE} invites each)
   * until a short one. For very large groups prefer {@link #listInvites(String, int, int)}.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @return the pending invites, in the API's order; never {@code null}
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws io.github.vrchatgroups.client.errors.UnauthorizedException 401: no valid auth cookie
   * @throws io.github.vrchatgroups.client.errors.ForbiddenException 403: the caller is not a member
   * @throws io.github.vrchatgroups.client.errors.NotFoundException 404: the group does not exist
   * @throws VrchatApiException any other failure, after the retry policy gave up
   */
  public List<GroupInvite> listInvites(String groupId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    return PagedListing.stream(
            (pageSize, offset) -> fetchInvites(groupId, pageSize, offset),
            MAX_PAGE_SIZE,
            GroupInvite::memberId)
        .toList();
  }

  /**
   * Lists one page of a group's pending invites ({@code GET /groups/{groupId}/invites}). Retried
   * after timeouts and gateway errors too, since a read changes nothing.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param pageSize how many invites to return, 1 to {@value #MAX_PAGE_SIZE}
   * @param offset how many invites to skip, 0 or more
   * @return the invites of that page; fewer than {@code pageSize} when it is the last; never {@code
   *     null}
   * @throws IllegalArgumentException if an argument is out of range; nothing was sent
   * @throws VrchatApiException as {@link #listInvites(String)}
   */
  public List<GroupInvite> listInvites(String groupId, int pageSize, int offset) {
    VrchatIds.requireGroupId(groupId, "groupId");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
    return fetchInvites(groupId, pageSize, offset).stream().filter(Objects::nonNull).toList();
  }

  /** One page of invites, a {@code null} where the API sent a null item. */
  private List<GroupInvite> fetchInvites(String groupId, int pageSize, int offset) {
    List<GroupMember> members =
        api.read(groups -> groups.getGroupInvites(groupId, pageSize, offset));
    List<GroupInvite> invites = new ArrayList<>(members.size());
    for (GroupMember member : members) {
      invites.add(member == null ? null : toInvite(groupId, member));
    }
    return invites;
  }

  private static GroupInvite toInvite(String groupId, GroupMember member) {
    GroupMemberLimitedUser user = member.getUser();
    return new GroupInvite(
        member.getId(),
        member.getGroupId() == null ? groupId : member.getGroupId(),
        member.getUserId(),
        user == null ? null : user.getDisplayName(),
        member.getCreatedAt() == null ? null : member.getCreatedAt().toInstant());
  }

  /**
   * Withdraws a pending invite ({@code DELETE /groups/{groupId}/invites/{userId}}).
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the invited user, {@code usr_<uuid>} or a legacy ID
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.BadRequestException 400: the user was not invited
   * @throws io.github.vrchatgroups.client.errors.UnauthorizedException 401: no valid auth cookie
   * @throws VrchatApiException any other failure
   */
  public void cancelInvite(String groupId, String userId) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    api.change(
        groups -> {
          groups.deleteGroupInvite(groupId, userId);
          return null;
        });
  }

  /**
   * Declines the invite the caller received from a group, without blocking it.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws VrchatApiException as {@link #declineInvite(String, boolean)}
   * @see #declineInvite(String, boolean)
   */
  public void declineInvite(String groupId) {
    declineInvite(groupId, false);
  }

  /**
   * Declines the invite the caller received from a group ({@code PUT /groups/{groupId}/invites}).
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param block {@code true} to also stop the group from inviting the caller again
   * @throws IllegalArgumentException if {@code groupId} is null, blank or malformed; nothing was
   *     sent
   * @throws io.github.vrchatgroups.client.errors.BadRequestException 400: the caller has no invite
   *     from it
   * @throws io.github.vrchatgroups.client.errors.UnauthorizedException 401: no valid auth cookie
   * @throws io.github.vrchatgroups.client.errors.NotFoundException 404: the group does not exist
   * @throws VrchatApiException any other failure
   */
  public void declineInvite(String groupId, boolean block) {
    VrchatIds.requireGroupId(groupId, "groupId");
    DeclineGroupInviteRequest body = new DeclineGroupInviteRequest().block(block);
    api.change(groups -> groups.declineGroupInvite(groupId, body));
  }

  /**
   * Lets go of the connection pool, which closes once nothing made from the same {@link
   * VrchatOptions} uses it. Optional: a client that is never closed keeps its idle connections
   * until the server closes them. Calls made after closing fail with {@link
   * io.github.vrchatgroups.client.errors.ApiConnectionException}.
   */
  @Override
  public void close() {
    api.close();
  }

  /** The settings, without the auth cookie. */
  @Override
  public String toString() {
    return "VrchatGroupsClient{baseUrl="
        + settings.baseUrl()
        + ", userAgent="
        + settings.userAgent()
        + ", authCookie="
        + (settings.sessionProvider() != null
            ? "<kept>"
            : settings.authCookie() == null ? "<none>" : "<redacted>")
        + '}';
  }

  /**
   * Settings for a {@link VrchatGroupsClient}: the connection settings every builder shares (or a
   * whole {@link VrchatOptions} value), and the credentials. Every setting has a default except
   * {@link #userAgent}. Not thread-safe; {@link #build()} validates and copies the settings.
   */
  public static final class Builder extends ConnectionBuilder<Builder> {
    private String authCookie;
    private SessionProvider sessionProvider;
    // Fixed only by the package's own tests, so that every backoff is predictable.
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * The value of the {@code auth} cookie that VRChat's login gives (the token alone, without
     * {@code auth=}). Sent only to {@link #baseUrl}, and never logged nor shown by {@code
     * toString()} or in exception messages. Without it every call is sent unauthenticated and fails
     * with {@link io.github.vrchatgroups.client.errors.UnauthorizedException}.
     */
    public Builder authCookie(String token) {
      this.authCookie = token;
      return this;
    }

    /**
     * The auth token of a {@link Session} from {@link
     * io.github.vrchatgroups.client.auth.VrchatLogin}: the same as {@link #authCookie} with {@code
     * session.authToken()}.
     */
    public Builder session(Session session) {
      this.authCookie = session == null ? null : session.authToken();
      return this;
    }

    /**
     * Where each request's session comes from, for a client that keeps its session itself: a 401
     * renews it once and sends the request again. {@code
     * io.github.vrchatgroups.client.session.SessionKeeper} logs in once for every waiting thread,
     * within a login budget, and saves the session; its {@code client()} sets this. Instead of
     * {@link #authCookie}, not with it.
     */
    public Builder sessionProvider(SessionProvider sessionProvider) {
      this.sessionProvider = sessionProvider;
      return this;
    }

    Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Checks the settings and builds the client. No request is made.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public VrchatGroupsClient build() {
      VrchatOptions options = checkedOptions();
      if (sessionProvider != null && authCookie != null) {
        throw new IllegalArgumentException(
            "authCookie and sessionProvider are both set: a client sends one or the other");
      }
      return new VrchatGroupsClient(
          ClientSettings.of(options, authCookie, sessionProvider, jitter));
    }
  }
}
