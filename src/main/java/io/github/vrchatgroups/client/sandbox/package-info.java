/**
 * {@link io.github.vrchatgroups.client.sandbox.VrchatSandbox}, a stand-in for the VRChat API's
 * group invites on a loopback port, with the API's documented answers byte for byte, for tests that
 * must not touch the network or real credentials.
 *
 * <p>A fixture ({@link io.github.vrchatgroups.client.sandbox.VrchatSandbox#loadFixture}, {@code
 * POST /_sandbox/fixture}, {@code sandbox --fixture}) is JSON of this shape, every key optional:
 *
 * <pre>{@code
 * {
 *   "authTokens": [{"token": "authcookie_sandbox", "callerId": "usr_…"}],
 *   "users": [{"id": "usr_…", "displayName": "Tupper"}],
 *   "acceptAnyUser": true,
 *   "refusingInvites": ["usr_…"],
 *   "groups": [{"id": "grp_…", "members": ["usr_…"], "pendingInvites": ["usr_…"], "banned": ["usr_…"],
 *               "membersWithoutModeration": ["usr_…"], "joinRequests": ["usr_…"]}],
 *   "inTooManyGroups": ["usr_…"],
 *   "rateLimit": {"burst": 10, "refillMillis": 1000, "retryAfter": false},
 *   "blockedApplications": ["TimmyFriendTracker"],
 *   "accounts": [{"username": "tupper", "password": "…", "userId": "usr_…", "displayName": "Tupper",
 *                 "totpSecret": "JBSWY3DPEHPK3PXP", "emailCode": "123456", "recoveryCodes": ["…"]}]
 * }
 * }</pre>
 */
package io.github.vrchatgroups.client.sandbox;
