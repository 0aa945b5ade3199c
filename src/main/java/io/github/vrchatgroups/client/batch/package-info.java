/**
 * Bulk work for bots and admins: a {@link io.github.vrchatgroups.client.batch.GroupBatch} sends one
 * {@link io.github.vrchatgroups.client.batch.BatchOperation operation} (an invite, a cancel, an
 * answer to a join request) for each user of a stream, at the account's pace, ban-safe, once per
 * user, journaled through a {@link io.github.vrchatgroups.client.batch.BatchJournal} so that a run
 * cut short by a crash, a kill or an interrupt resumes where it stopped.
 */
package io.github.vrchatgroups.client.batch;
