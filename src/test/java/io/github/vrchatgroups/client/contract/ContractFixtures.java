package io.github.vrchatgroups.client.contract;

import java.nio.file.Path;

/** Names and example values shared by the consumer tests and the contract checks. */
final class ContractFixtures {
  static final String CONSUMER = "vrchat-groups-client";
  static final String PROVIDER = "vrchat-api";
  static final String PACT_FILE_NAME = CONSUMER + "-" + PROVIDER + ".json";

  static final String GROUP_ID = "grp_00000000-0000-0000-0000-000000000000";
  static final String USER_ID = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  /** A made-up token in the shape of VRChat's; never a real one. */
  static final String AUTH_TOKEN = "authcookie_00000000-0000-0000-0000-000000000000";

  static final String USER_AGENT =
      "vrchat-groups-client-contract-tests/1.0 contract-tests@example.invalid";

  /** The caller of the lifecycle calls that depend on who calls (list, decline). */
  static final String CALLER_ID = "usr_5e1f0000-0000-4000-8000-000000000001";

  static final String LOGGED_IN = "the caller is logged in with auth token {authToken}";
  static final String LOGGED_IN_AS = "user {callerId} is logged in with auth token {authToken}";

  private ContractFixtures() {}

  /** The contract as committed in the repository. */
  static Path committedPact() {
    return Path.of(System.getProperty("pact.committed.dir", "pact")).resolve(PACT_FILE_NAME);
  }

  /** The contract as the consumer tests of this build wrote it. */
  static Path producedPact() {
    return Path.of(System.getProperty("pact.output.dir", "target/pacts")).resolve(PACT_FILE_NAME);
  }

  /** The OpenAPI spec the contract must conform to. */
  static Path spec() {
    return Path.of(System.getProperty("openapi.spec", "openapi/vrchat-groups.yaml"));
  }
}
