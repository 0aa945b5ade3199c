package io.github.vrchatgroups.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's version, filtered from the POM into a resource at build time so it has one source. */
public final class SdkVersion {
  /** The version, e.g. {@code 0.1.0}. */
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("vrchat-groups-client.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(
          new IOException("vrchat-groups-client.properties is missing from the jar", e));
    }
  }
}
