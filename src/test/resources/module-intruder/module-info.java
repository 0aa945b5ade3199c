module intruder {
  requires io.github.vrchatgroups.client;
}
