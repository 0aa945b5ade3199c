package io.github.vrchatgroups.client.auth;

import java.util.Set;

/**
 * Asked for a second factor when a login needs one: a person types the code, a service account
 * computes it ({@link #totp(Totp)}).
 */
@FunctionalInterface
public interface TwoFactorPrompt {
  /** For accounts without a second factor: refuses to give one. */
  TwoFactorPrompt NONE =
      accepted -> {
        throw new IllegalStateException(
            "the account needs a second factor (" + accepted + ") and no prompt was given");
      };

  /**
   * The code to verify the login with.
   *
   * @param accepted the methods VRChat offered for this login, never empty
   * @return a code of one of those methods
   */
  TwoFactorCode answer(Set<TwoFactorMethod> accepted);

  /** Answers with the current code of a TOTP secret, when VRChat accepts TOTP. */
  static TwoFactorPrompt totp(Totp totp) {
    return accepted -> {
      if (!accepted.contains(TwoFactorMethod.TOTP)) {
        throw new IllegalStateException("the account does not accept TOTP codes, only " + accepted);
      }
      return new TwoFactorCode(TwoFactorMethod.TOTP, totp.now());
    };
  }
}
