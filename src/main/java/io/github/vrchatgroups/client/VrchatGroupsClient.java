package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.generated.api.GroupsApi;
import io.github.vrchatgroups.client.generated.model.CreateGroupInviteRequest;
import io.github.vrchatgroups.client.generated.model.DeclineGroupInviteRequest;
import io.github.vrchatgroups.client.generated.model.GroupMember;
import io.github.vrchatgroups.client.generated.model.GroupMemberLimitedUser;
import io.github.vrchatgroups.client.internal.ApiInvoker;
import io.github.vrchatgroups.client.internal.ClientSettings;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The client for the VRChat API's group invites: {@link #inviteUser invite} a user, {@link
 * #listInvites(String) list} the pending invites, {@link #cancelInvite cancel} one, {@link
 * #declineInvite(String, boolean) decline} one received. Build one with {@link #builder()} and
 * share it: it is immutable and thread-safe, and it reuses connections (up to 64 at once); {@link
 * #close()} releases them.
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

  private VrchatGroupsClient(ClientSettings settings) {
    this.settings = settings;
    this.api = new ApiInvoker<>(GroupsApi.class, settings, false);
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
   * Invites a user to a group, with {@code confirmOverrideBlock} left at the API's default, {@code
   * true}.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID of ASCII letters and digits
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
   * @throws VrchatApiException as {@link #inviteUser(String, String, boolean)}
   * @see #inviteUser(String, String, boolean)
   */
  public void inviteUser(String groupId, String userId) {
    inviteUser(groupId, userId, true);
  }

  /**
   * Invites a user to a group ({@code POST /groups/{groupId}/invites}). Returns normally once
   * VRChat has sent the invite.
   *
   * @param groupId the group, {@code grp_<uuid>}
   * @param userId the user, {@code usr_<uuid>} or a legacy ID of ASCII letters and digits such as
   *     {@code 8JoV9XEdpo}
   * @param confirmOverrideBlock {@code true} to invite a user even if the group blocked them before
   * @throws IllegalArgumentException if an ID is null, blank or malformed; nothing was sent
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
  public void inviteUser(String groupId, String userId, boolean confirmOverrideBlock) {
    VrchatIds.requireGroupId(groupId, "groupId");
    VrchatIds.requireUserId(userId, "userId");
    CreateGroupInviteRequest body =
        new CreateGroupInviteRequest().userId(userId).confirmOverrideBlock(confirmOverrideBlock);
    api.change(
        groups -> {
          groups.createGroupInvite(groupId, body);
          return null;
        });
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
    List<GroupInvite> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int offset = 0; ; offset += MAX_PAGE_SIZE) {
      Page page = fetchPage(groupId, MAX_PAGE_SIZE, offset);
      boolean anyNew = false;
      for (GroupInvite invite : page.invites()) {
        if (invite.memberId() == null || seen.add(invite.memberId())) {
          all.add(invite);
          anyNew = true;
        }
      }
      // Only a page shorter than asked for, counted as sent (nulls too), is the last. A page with
      // nothing new means the server ignored the offset: stop rather than loop forever.
      if (page.itemsSent() < MAX_PAGE_SIZE || !anyNew) {
        return all;
      }
    }
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
    return fetchPage(groupId, pageSize, offset).invites();
  }

  /** One page: the invites read, and how many items the server sent (nulls included). */
  private record Page(List<GroupInvite> invites, int itemsSent) {}

  private Page fetchPage(String groupId, int pageSize, int offset) {
    List<GroupMember> members =
        api.read(groups -> groups.getGroupInvites(groupId, pageSize, offset));
    List<GroupInvite> invites = new ArrayList<>(members.size());
    for (GroupMember member : members) {
      if (member != null) {
        invites.add(toInvite(groupId, member));
      }
    }
    return new Page(invites, members.size());
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
        + (settings.authCookie() == null ? "<none>" : "<redacted>")
        + '}';
  }

  /**
   * Settings for a {@link VrchatGroupsClient}: the connection settings every builder shares (or a
   * whole {@link VrchatOptions} value), and the credentials. Every setting has a default except
   * {@link #userAgent}. Not thread-safe; {@link #build()} validates and copies the settings.
   */
  public static final class Builder extends ConnectionBuilder<Builder> {
    private String authCookie;
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
      return new VrchatGroupsClient(ClientSettings.of(options, authCookie, jitter));
    }
  }
}
