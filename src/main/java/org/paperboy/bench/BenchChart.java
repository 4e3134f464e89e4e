package org.paperboy.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Draws time per stage against subscribers, one panel per database, on log-log axes (1k to 100k readers
 * spans two decades, and so do the stages), from the rows the pipeline benchmark saved. The newest run of
 * each size counts. Plain Java 2D, headless.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draws the saved pipeline benchmark runs (one announcement day each) as a PNG chart.")
final class BenchChart implements Runnable {

    /** The stages in pipeline order, each with its colour; total is drawn thicker. */
    private static final Map<String, Color> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("ingest", new Color(0x8c564b));
        STAGES.put("embed", new Color(0x9467bd));
        STAGES.put("add readers", new Color(0x7f7f7f));
        STAGES.put("load readers", new Color(0xbcbd22));
        STAGES.put("embed criteria", new Color(0xe377c2));
        STAGES.put("make issues", new Color(0x1f77b4));
        STAGES.put("store+queue", new Color(0x2ca02c));
        STAGES.put("total", Color.BLACK);
    }

    private static final int PANEL_W = 520;
    private static final int PANEL_H = 420;
    private static final int LEFT = 70;
    private static final int TOP = 60;
    private static final int LEGEND_W = 150;

    @Option(names = "--results", defaultValue = "docs/bench/pipeline.csv", description = "Saved runs (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--out", defaultValue = "docs/bench/pipeline.png", description = "The PNG to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public void run() {
        draw(PipelineResults.read(results), out);
        System.out.println("Chart written to " + out);
    }

    static void draw(List<PipelineResults.Row> rows, Path png) {
        System.setProperty("java.awt.headless", "true");
        // store -> stage -> subscribers -> seconds, the newest run of each size winning
        Map<String, Map<String, TreeMap<Integer, Double>>> series = new TreeMap<>(java.util.Comparator.reverseOrder());
        rows.stream().filter(r -> r.days() == 1).sorted(java.util.Comparator.comparing(PipelineResults.Row::when))
                .forEach(r -> series.computeIfAbsent(r.store(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.stage(), k -> new TreeMap<>()).put(r.subscribers(), r.seconds()));
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no one-day runs to draw: run `paperboy bench pipeline --save FILE` first");
        }
        int width = series.size() * (PANEL_W + LEFT) + LEGEND_W + 20;
        BufferedImage image = new BufferedImage(width, PANEL_H + TOP + 75, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Seconds per stage for one announcement day (570 papers), by subscribers", LEFT, 26);
        double max = series.values().stream().flatMap(m -> m.values().stream()).flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double top = Math.pow(10, Math.ceil(Math.log10(Math.max(max * 1.5, 1))));
        int x = LEFT;
        for (Map.Entry<String, Map<String, TreeMap<Integer, Double>>> store : series.entrySet()) {
            panel(g, x, TOP, store.getKey().equals("sqlite") ? "SQLite" : "PostgreSQL", store.getValue(), top);
            x += PANEL_W + LEFT;
        }
        legend(g, x - LEFT + 30, TOP + 10);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Stages overlap: a chunk is stored on a thread of its own while the next is rendered (and, in the newest"
                + " runs, the one after composed on a third). Total is wall time; log scales.", LEFT, TOP + PANEL_H + 60);
        g.dispose();
        try {
            if (png.toAbsolutePath().getParent() != null) {
                java.nio.file.Files.createDirectories(png.toAbsolutePath().getParent());
            }
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart to " + png, e);
        }
    }

    private static void panel(Graphics2D g, int x0, int y0, String title, Map<String, TreeMap<Integer, Double>> stages, double top) {
        double bottom = 0.01;
        Axis xs = new Axis(Math.log10(700), Math.log10(150_000), x0, x0 + PANEL_W);
        Axis ys = new Axis(Math.log10(bottom), Math.log10(top), y0 + PANEL_H, y0);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, x0 + PANEL_W / 2 - g.getFontMetrics().stringWidth(title) / 2, y0 - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int decade = (int) Math.round(Math.log10(bottom)); decade <= Math.round(Math.log10(top)); decade++) {
            int y = ys.at(decade);
            g.setColor(new Color(0xe5e7eb));
            g.drawLine(x0, y, x0 + PANEL_W, y);
            g.setColor(Color.DARK_GRAY);
            String label = decade >= 0 ? String.format("%,.0f s", Math.pow(10, decade))
                    : java.math.BigDecimal.ONE.movePointLeft(-decade).toPlainString() + " s";
            g.drawString(label, x0 - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            int x = xs.at(Math.log10(n));
            g.setColor(new Color(0xe5e7eb));
            g.drawLine(x, y0, x, y0 + PANEL_H);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,d", n);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, y0 + PANEL_H + 18);
        }
        g.drawString("subscribers", x0 + PANEL_W / 2 - 30, y0 + PANEL_H + 38);
        g.setColor(Color.GRAY);
        g.drawRect(x0, y0, PANEL_W, PANEL_H);
        for (Map.Entry<String, Color> stage : STAGES.entrySet()) {
            TreeMap<Integer, Double> points = stages.get(stage.getKey());
            if (points == null) {
                continue;
            }
            g.setColor(stage.getValue());
            g.setStroke(new BasicStroke(stage.getKey().equals("total") ? 3f : 2f));
            List<int[]> at = new ArrayList<>();
            points.forEach((n, s) -> {
                if (s >= bottom) {
                    at.add(new int[] {xs.at(Math.log10(n)), ys.at(Math.log10(s))});
                }
            });
            for (int i = 0; i < at.size(); i++) {
                g.fillOval(at.get(i)[0] - 4, at.get(i)[1] - 4, 8, 8);
                if (i > 0) {
                    g.drawLine(at.get(i - 1)[0], at.get(i - 1)[1], at.get(i)[0], at.get(i)[1]);
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (Map.Entry<String, Color> stage : STAGES.entrySet()) {
            g.setColor(stage.getValue());
            g.setStroke(new BasicStroke(stage.getKey().equals("total") ? 3f : 2f));
            g.drawLine(x, y, x + 24, y);
            g.fillOval(x + 8, y - 4, 8, 8);
            g.setColor(Color.BLACK);
            g.drawString(stage.getKey(), x + 32, y + 5);
            y += 22;
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** A log axis: from..to (log10 values) onto pixels a..b. */
    private record Axis(double from, double to, int a, int b) {
        int at(double value) {
            return (int) Math.round(a + (value - from) / (to - from) * (b - a));
        }
    }
}
