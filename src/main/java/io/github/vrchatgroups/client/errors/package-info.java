/**
 * Every failure of a call, as one unchecked type per meaning under {@link
 * io.github.vrchatgroups.client.errors.VrchatApiException}. VRChat's documented answers have their
 * own types (such as {@link io.github.vrchatgroups.client.errors.AlreadyInvitedException} or {@link
 * io.github.vrchatgroups.client.errors.FirewallBlockedException}); an answer the SDK does not
 * recognise is the generic type of its status ({@link
 * io.github.vrchatgroups.client.errors.BadRequestException}, {@link
 * io.github.vrchatgroups.client.errors.ForbiddenException}, …), so the two can always be told
 * apart.
 */
package io.github.vrchatgroups.client.errors;
