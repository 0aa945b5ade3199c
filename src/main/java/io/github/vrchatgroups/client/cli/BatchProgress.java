package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;

/** A progress bar on a terminal, one plain line per user elsewhere. */
final class BatchProgress {
  private final PrintWriter out;
  private final int total;
  private final boolean terminal;
  private int done;

  BatchProgress(PrintWriter out, int total, boolean terminal) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
  }

  void advance(String userId, Outcome outcome) {
    done++;
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : done * width / total;
      out.print(
          "\r["
              + "#".repeat(filled)
              + "-".repeat(width - filled)
              + "] "
              + done
              + "/"
              + total
              + " ");
      out.flush(); // print, unlike println, does not flush: the bar must move now
    } else {
      out.println("[" + done + "/" + total + "] " + userId + ": " + outcome.words);
    }
  }

  void finish() {
    if (terminal && done > 0) {
      out.println();
    }
  }
}
