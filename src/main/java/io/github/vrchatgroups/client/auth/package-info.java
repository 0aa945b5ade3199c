/**
 * Logging in without a browser: {@link io.github.vrchatgroups.client.auth.VrchatLogin} turns a
 * username, a password and a second factor into a {@link io.github.vrchatgroups.client.Session},
 * whose auth token a {@link io.github.vrchatgroups.client.VrchatGroupsClient} uses. {@link
 * io.github.vrchatgroups.client.auth.Totp} computes authenticator-app codes for service accounts
 * that hold their TOTP secret.
 */
package io.github.vrchatgroups.client.auth;
