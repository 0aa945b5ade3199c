/**
 * {@link io.github.vrchatgroups.client.sandbox.junit.VrchatSandboxTest}: a JUnit 5 test class run
 * against one sandbox, with the sandbox, a client pointed at it and their virtual time injected.
 * Needs {@code junit-jupiter-api} on the test class path, which the SDK does not bring.
 */
package io.github.vrchatgroups.client.sandbox.junit;
