package org.paperboy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Time spent per pipeline stage, added up over a run; for the benchmark's figures. */
final class Stages {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    Map<String, Long> nanos() {
        return nanos;
    }
}
