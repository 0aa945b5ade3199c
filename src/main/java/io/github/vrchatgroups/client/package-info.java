/**
 * The SDK's entry point: {@link io.github.vrchatgroups.client.VrchatGroupsClient} (built with its
 * {@link io.github.vrchatgroups.client.VrchatGroupsClient.Builder Builder}), the {@link
 * io.github.vrchatgroups.client.RetryPolicy} it follows, and the {@link
 * io.github.vrchatgroups.client.GroupInvite} records it returns.
 */
package io.github.vrchatgroups.client;
