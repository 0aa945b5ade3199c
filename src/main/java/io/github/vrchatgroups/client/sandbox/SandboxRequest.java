package io.github.vrchatgroups.client.sandbox;

/**
 * One API request the sandbox received, as its journal keeps it ({@link VrchatSandbox#requests()},
 * {@code GET /_sandbox/requests}). The auth cookie's value is never kept: only whether one came.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /groups/grp_…/invites}
 * @param query the query string, or {@code null}
 * @param userAgent the {@code User-Agent} header, or {@code null}
 * @param body the request body as text (at most 64 KiB), or {@code null} when empty; the body of a
 *     login request (a second factor's code) is replaced by a note of its length
 * @param authCookieSent whether an {@code auth} cookie was sent
 * @param status the status answered, or {@code 0} when a fault broke the connection first
 */
public record SandboxRequest(
    String method,
    String path,
    String query,
    String userAgent,
    String body,
    boolean authCookieSent,
    int status) {}
