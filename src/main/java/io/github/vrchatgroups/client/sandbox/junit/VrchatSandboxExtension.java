package io.github.vrchatgroups.client.sandbox.junit;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link VrchatSandboxTest}: one sandbox, client and virtual time per test
 * class, kept in the class's store (closed with it), reset and set up again before each test.
 */
// JUnit's types in the signatures are the test's to provide: the SDK does not require JUnit
// transitively, so that a module that does not use the extension compiles without it.
@SuppressWarnings("exports")
public final class VrchatSandboxExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(VrchatSandboxExtension.class);

  /** What one test class runs against. */
  // JUnit closes an AutoCloseable value of the store when the class is done.
  private static final class Running implements AutoCloseable {
    final VrchatSandboxTest settings;
    final VirtualTime time = new VirtualTime();
    final VrchatSandbox sandbox;
    final VrchatGroupsClient client;

    Running(VrchatSandboxTest settings) throws IOException {
      this.settings = settings;
      this.sandbox = VrchatSandbox.start(0, time);
      this.client =
          VrchatGroupsClient.builder()
              .options(
                  VrchatOptions.builder()
                      .baseUrl(sandbox.url())
                      .userAgent(settings.userAgent())
                      .timeSource(time)
                      .build())
              .authCookie(settings.authToken())
              .build();
    }

    void setUp(Class<?> testClass) {
      sandbox.reset();
      time.reset();
      if (settings.callerId().isEmpty()) {
        sandbox.acceptAuthToken(settings.authToken());
      } else {
        sandbox.acceptAuthToken(settings.authToken(), settings.callerId());
      }
      if (!settings.fixture().isEmpty()) {
        try (InputStream fixture = testClass.getResourceAsStream(settings.fixture())) {
          if (fixture == null) {
            throw new IllegalArgumentException(
                "@VrchatSandboxTest(fixture = \"" + settings.fixture() + "\"): no such resource");
          }
          sandbox.loadFixture(fixture);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void close() {
      client.close();
      sandbox.close();
    }
  }

  /** The annotation's defaults, for a class that uses the extension without it. */
  @VrchatSandboxTest
  private static final class Defaults {}

  /** For JUnit. */
  public VrchatSandboxExtension() {}

  private static Running running(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    VrchatSandboxTest settings =
        AnnotationSupport.findAnnotation(testClass, VrchatSandboxTest.class)
            .orElse(Defaults.class.getAnnotation(VrchatSandboxTest.class));
    Supplier<Running> start =
        () -> {
          try {
            return new Running(settings);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    // Made in beforeAll, in the class's store; a test's store finds it there.
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> start.get(), Running.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context).setUp(context.getRequiredTestClass());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    running(context).setUp(context.getRequiredTestClass());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == VrchatSandbox.class
        || type == VrchatGroupsClient.class
        || type == VirtualTime.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = running(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == VrchatSandbox.class) {
      return running.sandbox;
    }
    if (type == VrchatGroupsClient.class) {
      return running.client;
    }
    if (type == VirtualTime.class) {
      return running.time;
    }
    throw new ParameterResolutionException("@VrchatSandboxTest cannot inject " + type);
  }
}
