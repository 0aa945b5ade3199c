package io.github.vrchatgroups.client.sandbox;

import java.io.IOException;

/**
 * On the module path the SDK does not require {@code jdk.httpserver} (only the sandbox serves
 * HTTP), so whoever starts a sandbox must have it resolved. Kept apart from every class that names
 * the HTTP server's types, so that the check runs before any of them is loaded.
 */
final class HttpServerModule {
  private HttpServerModule() {}

  /**
   * @throws IOException saying how to add the module, if the SDK's module cannot read it
   */
  static void require() throws IOException {
    Module sdk = HttpServerModule.class.getModule();
    if (!sdk.isNamed()) {
      return;
    }
    boolean readable =
        ModuleLayer.boot().findModule("jdk.httpserver").map(sdk::canRead).orElse(false);
    if (!readable) {
      throw new IOException(
          "the sandbox needs the JDK module jdk.httpserver, which is not resolved: add 'requires"
              + " jdk.httpserver;' to your module-info.java, or run java with --add-modules"
              + " jdk.httpserver");
    }
  }
}
