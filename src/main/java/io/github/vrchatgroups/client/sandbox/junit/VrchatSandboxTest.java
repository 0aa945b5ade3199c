package io.github.vrchatgroups.client.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against one {@link
 * io.github.vrchatgroups.client.sandbox.VrchatSandbox}: started before the first test, emptied and
 * set up again before each test, closed after the last. Test methods and constructors may take a
 * {@code VrchatSandbox}, a {@link io.github.vrchatgroups.client.VrchatGroupsClient} already pointed
 * at it (with an accepted auth token and an identifying User-Agent), and the {@link VirtualTime}
 * both run on: a {@code Retry-After} or a backoff does not make the test wait, and the sandbox's
 * rate limit refills on the same clock.
 *
 * <pre>{@code
 * @VrchatSandboxTest
 * class MyBotTest {
 *   @Test
 *   void invitesANewMember(VrchatSandbox sandbox, VrchatGroupsClient client) { … }
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path; the SDK itself does not bring it.
 */
@Target(ElementType.TYPE)
@SuppressWarnings("exports") // @ExtendWith is the test's to provide, as VrchatSandboxExtension says
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VrchatSandboxExtension.class)
public @interface VrchatSandboxTest {
  /**
   * A JSON fixture on the test class path (e.g. {@code "/bot-fixture.json"}), loaded before each
   * test; none by default.
   */
  String fixture() default "";

  /** The auth token the injected client sends and the sandbox accepts. */
  String authToken() default "authcookie_00000000-0000-4000-8000-00000000face";

  /**
   * The user the token belongs to, who can list the invites of groups they are a member of; none by
   * default ({@code ""}: a caller who can send invites).
   */
  String callerId() default "";

  /** The injected client's User-Agent. */
  String userAgent() default
      "VrchatSandboxTest/1.0 (+https://github.com/vrchatgroups/vrchat-groups-client)";
}
