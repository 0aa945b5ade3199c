/**
 * Not API (not exported): the transport, the codec, error decoding and the one status/message →
 * exception switch, the retry loop, the settings rules and the assembly of the generated client.
 */
package io.github.vrchatgroups.client.internal;
