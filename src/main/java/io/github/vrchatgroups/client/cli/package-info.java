/** Not API (not exported): the picocli command line of the {@code -cli} jar. */
package io.github.vrchatgroups.client.cli;
