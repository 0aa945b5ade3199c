/**
 * A session that keeps itself, for bots that run unattended: the {@link
 * io.github.vrchatgroups.client.session.SessionKeeper} logs in with {@link
 * io.github.vrchatgroups.client.session.LoginCredentials} when there is no session or VRChat ended
 * it — once for every waiting thread, within a login budget — and saves each new session in a
 * {@link io.github.vrchatgroups.client.session.SessionStore}.
 */
package io.github.vrchatgroups.client.session;
