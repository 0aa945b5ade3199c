package io.github.vrchatgroups.client.auth;

/**
 * The second factor a {@link TwoFactorPrompt} answers with.
 *
 * @param method which kind of code it is
 * @param code the code, e.g. {@code 123456}
 */
public record TwoFactorCode(TwoFactorMethod method, String code) {
  /**
   * @throws IllegalArgumentException if the method is null or the code blank
   */
  public TwoFactorCode {
    if (method == null) {
      throw new IllegalArgumentException("method must not be null");
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    code = code.strip();
  }

  /** Never shows the code. */
  @Override
  public String toString() {
    return "TwoFactorCode{method=" + method + ", code=<redacted>}";
  }
}
