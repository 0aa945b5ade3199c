package io.github.vrchatgroups.client.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 30/min}, {@code 2/s} or a bare number per minute, as requests per minute. */
final class RateConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    String[] parts = value.trim().toLowerCase(Locale.ROOT).split("/");
    double perMinute;
    try {
      double count = Double.parseDouble(parts[0]);
      perMinute =
          parts.length == 1 || parts[1].equals("min")
              ? count
              : parts[1].equals("s") ? count * 60 : Double.NaN;
    } catch (NumberFormatException e) {
      perMinute = Double.NaN;
    }
    if (!(perMinute > 0) || Double.isInfinite(perMinute) || parts.length > 2) {
      throw new TypeConversionException("expected N/min or N/s with N > 0, got '" + value + "'");
    }
    return perMinute;
  }
}
