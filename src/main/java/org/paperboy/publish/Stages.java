package org.paperboy.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Time spent per pipeline stage, added up over a run, and the most heap in use while each was at work;
 * for the benchmark's figures. Stages may run on several threads at once (a digest run stores one chunk
 * while it makes the next); the heap is sampled from another.
 */
public final class Stages {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();
    private final Map<String, Long> cpu = new ConcurrentHashMap<>();
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final Map<String, Long> live = new ConcurrentHashMap<>();
    /** The innermost stage each thread is in. */
    private final Map<Thread, String> current = new ConcurrentHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        String outer = current.put(thread, stage);
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
            cpu.merge(stage, THREADS.getCurrentThreadCpuTime() - startCpu, Long::sum);
            if (outer == null) {
                current.remove(thread);
            } else {
                current.put(thread, outer);
            }
        }
    }

    /** Counts {@code bytes} of heap in use now against every stage at work. */
    public void sample(long bytes) {
        current.values().forEach(stage -> peaks.merge(stage, bytes, Math::max));
    }

    /** Counts {@code bytes} of heap left in use by a garbage collection just now against every stage at work. */
    public void sampleLive(long bytes) {
        current.values().forEach(stage -> live.merge(stage, bytes, Math::max));
    }

    public Map<String, Long> nanos() {
        return nanos;
    }

    /** Processor time the stage's own thread spent in it, in nanoseconds (less than its time when it waited or was crowded out). */
    public Map<String, Long> cpu() {
        return cpu;
    }

    /** The most heap in use seen during each stage, garbage included, in bytes. */
    public Map<String, Long> peaks() {
        return peaks;
    }

    /** The most heap a garbage collection during each stage left in use, in bytes: what the stage held. */
    public Map<String, Long> live() {
        return live;
    }
}
