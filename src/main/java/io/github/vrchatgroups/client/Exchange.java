package io.github.vrchatgroups.client;

import java.time.Duration;

/**
 * One attempt of a call, as an {@link ExchangeListener} is told of it.
 *
 * @param operation the API operation, as the OpenAPI spec names it (e.g. {@code createGroupInvite},
 *     {@code getGroupBans}, {@code getCurrentUser} for a login)
 * @param attempt which attempt of the call, from 1
 * @param status the HTTP status answered, or {@code 0} when no complete response arrived
 * @param duration from sending the request to the end of the answer (or the failure)
 * @param turnWait how long the attempt waited for its turn from the account's {@link RateGovernor}
 *     before it was sent
 */
public record Exchange(
    String operation, int attempt, int status, Duration duration, Duration turnWait) {}
