open module bot {
  requires io.github.vrchatgroups.client;
  requires org.junit.jupiter.api;
  requires jdk.httpserver;
}
