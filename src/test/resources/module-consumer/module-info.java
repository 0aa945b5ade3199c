module consumer {
  requires io.github.vrchatgroups.client;
}
