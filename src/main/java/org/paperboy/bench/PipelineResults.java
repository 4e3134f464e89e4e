package org.paperboy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline benchmark's figures, kept in a CSV file with one row per run and stage, so that runs on
 * several databases and sizes (and later machines) add up to one table and one chart.
 */
final class PipelineResults {

    static final String HEADER = "when,store,subscribers,days,papers,digests,stage,seconds,peak_heap_mb,after_gc_mb,max_heap_mb,load_average";

    /** One stage of one run; stage "total" is the whole run. */
    record Row(String when, String store, int subscribers, int days, int papers, int digests, String stage,
            double seconds, long peakHeapMb, long afterGcMb, long maxHeapMb, double loadAverage) {

        String csv() {
            return String.join(",", when, store, String.valueOf(subscribers), String.valueOf(days), String.valueOf(papers),
                    String.valueOf(digests), stage, String.format(Locale.ROOT, "%.3f", seconds), String.valueOf(peakHeapMb),
                    String.valueOf(afterGcMb), String.valueOf(maxHeapMb), String.format(Locale.ROOT, "%.2f", loadAverage));
        }

        static Row parse(String line) {
            String[] f = line.split(",", -1);
            if (f.length != 12) {
                throw new IllegalArgumentException("not a row of " + HEADER + ": " + line);
            }
            return new Row(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), f[6], Double.parseDouble(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9]),
                    Long.parseLong(f[10]), Double.parseDouble(f[11]));
        }
    }

    private PipelineResults() {
    }

    static void append(Path file, List<Row> rows) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            List<String> lines = new ArrayList<>();
            if (!Files.exists(file) || Files.size(file) == 0) {
                lines.add(HEADER);
            }
            rows.forEach(r -> lines.add(r.csv()));
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + file, e);
        }
    }

    static List<Row> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.equals(HEADER))
                    .map(Row::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the results in " + file + ": " + e.getMessage(), e);
        }
    }
}
