/**
 * A Java SDK for the VRChat API's group invites: the {@link
 * io.github.vrchatgroups.client.VrchatGroupsClient client}, its {@link
 * io.github.vrchatgroups.client.errors exceptions} and an embedded {@link
 * io.github.vrchatgroups.client.sandbox sandbox} for tests. Everything else (the generated Feign
 * client, the transport, the command line) is internal and not exported.
 */
// HttpClient 5 ships no module descriptor; its Automatic-Module-Names are stable.
@SuppressWarnings("requires-automatic")
module io.github.vrchatgroups.client {
  exports io.github.vrchatgroups.client;
  exports io.github.vrchatgroups.client.errors;
  exports io.github.vrchatgroups.client.sandbox;
  exports io.github.vrchatgroups.client.auth;

  // Jackson reads and writes the generated models by reflection; nobody else may.
  opens io.github.vrchatgroups.client.generated.model to
      com.fasterxml.jackson.databind;
  // picocli reads the commands' annotated fields; present only in the -cli jar.
  opens io.github.vrchatgroups.client.cli to
      info.picocli;

  requires feign.core;
  requires feign.slf4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires jdk.httpserver;
  // Annotations on the generated models only; nothing needs them at run time.
  requires static jakarta.annotation;
  requires static info.picocli;
}
