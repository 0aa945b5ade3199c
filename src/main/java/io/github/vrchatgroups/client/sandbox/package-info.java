/**
 * {@link io.github.vrchatgroups.client.sandbox.VrchatSandbox}, a stand-in for the VRChat API's
 * group invites on a loopback port, with the API's documented answers byte for byte, for tests that
 * must not touch the network or real credentials.
 */
package io.github.vrchatgroups.client.sandbox;
