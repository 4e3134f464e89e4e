package org.paperboy.schedule;

import java.time.Instant;

/**
 * One run of a scheduled task.
 *
 * @param node         the scheduler instance (node) that ran it
 * @param fireId       the firing's id, unique per node
 * @param scheduledFor the time the run was scheduled for; a run that takes over from a dead node keeps
 *                     the dead run's time
 * @param recovering   true when this run takes over a run whose node died before finishing it
 */
public record JobRun(String node, String fireId, String task, Instant scheduledFor, boolean recovering, Instant startedAt) {
}
