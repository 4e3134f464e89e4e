package org.paperboy.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperboy.paper.Paper;
import org.paperboy.score.Text;

/**
 * Groups a week's papers that share a direction: k-means over TF-IDF vectors of title and abstract,
 * each group named by the words that set it apart from the rest of the week.
 */
final class Trends {

    /** One group: its name (distinctive words) and its papers, most central first. */
    record Group(String name, List<Paper> papers) {
    }

    private static final int ITERATIONS = 12;

    private Trends() {
    }

    static List<Group> of(List<Paper> papers, int maxGroups, int minSize) {
        int k = Math.min(maxGroups, papers.size() / Math.max(1, minSize));
        if (k < 1) {
            return List.of();
        }
        Vectors v = new Vectors(papers);
        List<Map<String, Double>> centroids = new ArrayList<>();
        centroids.add(v.rows.get(0));
        while (centroids.size() < k) {
            // Farthest-first seeding: deterministic, and spreads the groups over the week's themes.
            int far = 0;
            double farthest = -1;
            for (int i = 0; i < papers.size(); i++) {
                double nearest = 1;
                for (Map<String, Double> c : centroids) {
                    nearest = Math.min(nearest, 1 - cosine(c, v.rows.get(i)));
                }
                if (nearest > farthest) {
                    farthest = nearest;
                    far = i;
                }
            }
            centroids.add(v.rows.get(far));
        }
        int[] assignment = new int[papers.size()];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            for (int i = 0; i < papers.size(); i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (cosine(centroids.get(c), v.rows.get(i)) > cosine(centroids.get(best), v.rows.get(i))) {
                        best = c;
                    }
                }
                assignment[i] = best;
            }
            for (int c = 0; c < k; c++) {
                centroids.set(c, mean(v.rows, assignment, c));
            }
        }
        Map<String, Double> overall = mean(v.rows, new int[papers.size()], 0);
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Map<String, Double> centroid = centroids.get(c);
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                if (assignment[i] == c) {
                    members.add(i);
                }
            }
            if (members.size() < minSize) {
                continue;
            }
            members.sort(Comparator.comparingDouble(i -> -cosine(centroid, v.rows.get(i))));
            groups.add(new Group(v.name(centroid, overall), members.stream().map(papers::get).toList()));
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.papers().size()));
        return groups;
    }

    private static Map<String, Double> mean(List<Map<String, Double>> rows, int[] assignment, int cluster) {
        Map<String, Double> sum = new HashMap<>();
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (assignment[i] == cluster) {
                rows.get(i).forEach((t, w) -> sum.merge(t, w, Double::sum));
                n++;
            }
        }
        int count = Math.max(1, n);
        sum.replaceAll((t, w) -> w / count);
        return sum;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** TF-IDF rows of the papers, and the most common surface word for each stem (for readable names). */
    private static final class Vectors {
        final List<Map<String, Double>> rows = new ArrayList<>();
        final Map<String, Map<String, Integer>> surface = new HashMap<>();

        Vectors(List<Paper> papers) {
            Map<String, Integer> df = new HashMap<>();
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (Paper p : papers) {
                Map<String, Integer> tf = new HashMap<>();
                for (String word : Text.fold(p.title() + " " + p.title() + " " + p.abstractText()).split("[^a-z0-9-]+")) {
                    List<String> stems = Text.stems(word);
                    if (stems.size() == 1 && word.length() > 3 && !word.matches(".*\\d.*")) {
                        tf.merge(stems.get(0), 1, Integer::sum);
                        surface.computeIfAbsent(stems.get(0), s -> new HashMap<>()).merge(word, 1, Integer::sum);
                    }
                }
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                counts.add(tf);
            }
            int n = papers.size();
            for (Map<String, Integer> tf : counts) {
                Map<String, Double> row = new HashMap<>();
                tf.forEach((t, c) -> {
                    int d = df.get(t);
                    // Words in almost every paper of the week (or in just one) say nothing about a group.
                    if (d > 1 && d < 0.5 * n) {
                        row.put(t, (1 + Math.log(c)) * Math.log((double) n / d));
                    }
                });
                rows.add(row);
            }
        }

        String name(Map<String, Double> centroid, Map<String, Double> overall) {
            return centroid.entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> -(e.getValue() - overall.getOrDefault(e.getKey(), 0.0))))
                    .limit(3)
                    .map(e -> surface.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("other");
        }
    }
}
