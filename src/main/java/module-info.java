/**
 * A Java SDK for the VRChat API's group invites: the {@link
 * io.github.vrchatgroups.client.VrchatGroupsClient client}, its {@link
 * io.github.vrchatgroups.client.errors exceptions} and an embedded {@link
 * io.github.vrchatgroups.client.sandbox sandbox} for tests. Everything else (the generated Feign
 * client, the transport) is internal and not exported; the command line is not in this jar at all.
 * The sandbox needs the module {@code jdk.httpserver}, which is not required: a consumer that
 * starts one requires it too (or runs with {@code --add-modules jdk.httpserver}).
 */
// HttpClient 5 ships no module descriptor; its Automatic-Module-Names are stable.
@SuppressWarnings("requires-automatic")
module io.github.vrchatgroups.client {
  exports io.github.vrchatgroups.client;
  exports io.github.vrchatgroups.client.errors;
  exports io.github.vrchatgroups.client.sandbox;
  exports io.github.vrchatgroups.client.sandbox.junit;
  exports io.github.vrchatgroups.client.auth;
  exports io.github.vrchatgroups.client.session;
  exports io.github.vrchatgroups.client.batch;

  // Jackson reads and writes the generated models by reflection; nobody else may.
  opens io.github.vrchatgroups.client.generated.model to
      com.fasterxml.jackson.databind;

  requires feign.core;
  requires feign.slf4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires org.apache.httpcomponents.core5.httpcore5;
  // Only the sandbox serves HTTP: a consumer that starts one adds the module (VrchatSandbox says
  // so).
  requires static jdk.httpserver;
  // Annotations on the generated models only; nothing needs them at run time.
  requires static jakarta.annotation;
  // The command line, compiled here but shipped only in the -cli jar, which runs on the class path.
  requires static info.picocli;
  // @VrchatSandboxTest only: a test that uses it has JUnit (and requires it); nobody else needs it,
  // which is why it is not transitive: a module consumer must compile without JUnit.
  requires static org.junit.jupiter.api;
}
