package io.github.vrchatgroups.client.auth;

import java.util.Optional;

/** A second factor VRChat accepts, as its login names it. */
public enum TwoFactorMethod {
  /** A code from an authenticator app ({@code totp}); see {@link Totp}. */
  TOTP("totp"),
  /** One of the account's one-time recovery codes ({@code otp}). */
  RECOVERY_CODE("otp"),
  /** The code VRChat e-mails ({@code emailOtp}). */
  EMAIL_CODE("emailOtp");

  private final String apiName;

  TwoFactorMethod(String apiName) {
    this.apiName = apiName;
  }

  /** The name VRChat uses, e.g. {@code totp}. */
  public String apiName() {
    return apiName;
  }

  /** The method VRChat calls {@code apiName}; empty for one this SDK does not know. */
  public static Optional<TwoFactorMethod> fromApiName(String apiName) {
    for (TwoFactorMethod method : values()) {
      if (method.apiName.equals(apiName)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
