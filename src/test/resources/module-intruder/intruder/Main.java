package intruder;

import io.github.vrchatgroups.client.internal.VrchatIds;

/** Reaches into a package the SDK does not export: must not compile. */
public class Main {
  public static void main(String[] args) {
    System.out.println(VrchatIds.isUserId(args[0]));
  }
}
