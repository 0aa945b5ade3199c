package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON fixture applied to a sandbox, key by key. A key it does not know is refused by name, so a
 * misspelt {@code totp_secret} is not silently ignored; invalid JSON is refused with its position.
 */
final class SandboxFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The keys each kind of object may have, in the order the documentation gives them. */
  private static final Map<String, List<String>> KEYS =
      Map.of(
          "the fixture",
          List.of(
              "authTokens",
              "users",
              "acceptAnyUser",
              "refusingInvites",
              "inTooManyGroups",
              "groups",
              "rateLimit",
              "blockedApplications",
              "accounts"),
          "authTokens",
          List.of("token", "callerId"),
          "users",
          List.of("id", "displayName"),
          "groups",
          List.of(
              "id",
              "members",
              "membersWithoutModeration",
              "pendingInvites",
              "banned",
              "joinRequests"),
          "rateLimit",
          List.of("burst", "refillMillis", "retryAfter"),
          "accounts",
          List.of(
              "username",
              "password",
              "userId",
              "displayName",
              "totpSecret",
              "emailCode",
              "recoveryCodes"));

  private SandboxFixture() {}

  /**
   * Reads the fixture and applies it.
   *
   * @throws IllegalArgumentException if it is not valid JSON of the documented shape, naming the
   *     position or the key
   */
  static void apply(InputStream fixture, SandboxSetup sandbox) {
    JsonNode root = read(fixture);
    checkKeys(root);
    for (JsonNode token : each(root, "authTokens")) {
      if (token.hasNonNull("callerId")) {
        sandbox.acceptAuthToken(token.path("token").asText(), token.path("callerId").asText());
      } else {
        sandbox.acceptAuthToken(token.path("token").asText());
      }
    }
    for (JsonNode user : each(root, "users")) {
      String id = user.path("id").asText();
      sandbox.addUser(id, user.path("displayName").asText(id));
    }
    sandbox.acceptAnyUser(root.path("acceptAnyUser").asBoolean(false));
    root.path("refusingInvites").forEach(user -> sandbox.refuseInvitesTo(user.asText()));
    root.path("inTooManyGroups").forEach(user -> sandbox.putInTooManyGroups(user.asText()));
    for (JsonNode group : each(root, "groups")) {
      String groupId = group.path("id").asText();
      sandbox.addGroup(groupId);
      group.path("members").forEach(user -> sandbox.addMember(groupId, user.asText()));
      group
          .path("pendingInvites")
          .forEach(user -> sandbox.addPendingInvite(groupId, user.asText()));
      group
          .path("membersWithoutModeration")
          .forEach(user -> sandbox.addMemberWithoutModeration(groupId, user.asText()));
      group.path("banned").forEach(user -> sandbox.addBannedUser(groupId, user.asText()));
      group.path("joinRequests").forEach(user -> sandbox.addJoinRequest(groupId, user.asText()));
    }
    root.path("blockedApplications").forEach(name -> sandbox.blockApplication(name.asText()));
    for (JsonNode account : each(root, "accounts")) {
      applyAccount(account, sandbox);
    }
    JsonNode limit = root.path("rateLimit");
    if (limit.isObject()) {
      sandbox.rateLimit(
          limit.path("burst").asInt(10),
          Duration.ofMillis(limit.path("refillMillis").asLong(1000)),
          limit.path("retryAfter").asBoolean(false));
    }
  }

  private static void applyAccount(JsonNode account, SandboxSetup sandbox) {
    String username = account.path("username").asText();
    sandbox.addAccount(
        username,
        account.path("password").asText(),
        account.path("userId").asText(),
        account.path("displayName").asText(username));
    if (account.hasNonNull("totpSecret")) {
      sandbox.requireTotp(username, account.path("totpSecret").asText());
    }
    if (account.hasNonNull("emailCode")) {
      sandbox.requireEmailCode(username, account.path("emailCode").asText());
    }
    account.path("recoveryCodes").forEach(code -> sandbox.addRecoveryCode(username, code.asText()));
  }

  private static JsonNode read(InputStream fixture) {
    JsonNode root;
    try {
      root = JSON.readTree(fixture);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(
          "the sandbox fixture is not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the sandbox fixture cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the sandbox fixture must be a JSON object");
    }
    return root;
  }

  /** Every object of the fixture checked for unknown keys, before anything is applied. */
  private static void checkKeys(JsonNode root) {
    check(root, "the fixture", "the fixture");
    for (String key : List.of("authTokens", "users", "groups", "accounts")) {
      JsonNode array = root.path(key);
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isObject()) {
          check(array.get(i), key, key + "[" + i + "]");
        }
      }
    }
    if (root.path("rateLimit").isObject()) {
      check(root.path("rateLimit"), "rateLimit", "rateLimit");
    }
  }

  private static List<JsonNode> each(JsonNode root, String key) {
    List<JsonNode> elements = new ArrayList<>();
    root.path(key).forEach(elements::add);
    return elements;
  }

  private static void check(JsonNode object, String kind, String where) {
    Set<String> known = Set.copyOf(KEYS.get(kind));
    object
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                throw new IllegalArgumentException(
                    "the sandbox fixture has an unknown key '"
                        + name
                        + "' in "
                        + where
                        + " (known: "
                        + String.join(", ", KEYS.get(kind))
                        + ")");
              }
            });
  }
}
