package org.paperboy.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperboy.paper.Paper;

/**
 * The week's directions: terms that many of the week's most relevant papers share and the rest of the
 * week rarely uses ("test-time scaling", not "language models"), each with the papers that use it and
 * a line on what they work on and how often the term came up in the weeks before.
 */
final class Trends {

    /** One direction: its name, its papers (most important first), what it is and how it grew. */
    record Group(String name, List<Paper> papers, String line, Growth growth) {
    }

    /**
     * How often the term came up: in {@code now} papers this week, {@code perWeek} a week before.
     *
     * @param word rising, new, steady or falling; "" when no earlier week is stored
     */
    record Growth(String word, int now, int weekSize, double perWeek, int weeks) {

        /**
         * "rising: across the whole listing, 9 papers this week (4 of them among the 60 this issue ranks first) against
         * 3.5 a week over the 4 weeks before"; "68 of the week's 1052 papers use the term, 18 of them among the 60 this
         * issue ranks first" when no earlier week is stored. The count is the whole listing's, and the group's own size
         * ({@code onTopic}, of the issue's {@code pool} first papers the groups are made of) is said beside it, so that
         * the heading's count is not mistaken for it. {@code sayWhyNoTrend}: whether to add that no
         * earlier week is stored, which an issue says once.
         */
        String describe(int onTopic, int pool, boolean sayWhyNoTrend) {
            String papers = now == 1 ? "1 paper" : now + " papers";
            // the group's papers use the term too; a count that could say otherwise is left out
            String ofThem = onTopic <= now && now > 1 ? onTopic + " of them among the " + pool + " this issue ranks first" : "";
            if (word.isEmpty()) {
                return now + " of the week's " + weekSize + " papers " + (now == 1 ? "uses" : "use") + " the term"
                        + (ofThem.isEmpty() ? "" : ", " + ofThem)
                        + (sayWhyNoTrend ? "; this is the first week on record, so there is nothing to compare with yet" : "");
            }
            String span = weeks == 1 ? "the week before" : "the " + weeks + " weeks before";
            String rate = String.format(Locale.ROOT, perWeek < 10 && perWeek != Math.rint(perWeek) ? "%.1f" : "%.0f", perWeek);
            String thisWeek = papers + " this week" + (ofThem.isEmpty() ? "" : " (" + ofThem + ")");
            return switch (word) {
                case "new" -> "new: across the whole listing, " + thisWeek + " and none in " + span;
                case "steady" -> "steady: across the whole listing, " + thisWeek + " and " + rate + " a week over " + span;
                default -> word + ": across the whole listing, " + thisWeek + " against " + rate + " a week over " + span;
            };
        }
    }

    private static final double MIN_LIFT = 2.0;
    private static final int SIDE_TERMS = 2;

    private Trends() {
    }

    /**
     * @param pool    the week's most relevant papers, most important first: the groups are made of them
     * @param week    every paper of the week the topic covers: what makes a term distinctive, and its count now
     * @param earlier the same for each of the weeks before (empty when none are stored)
     */
    static List<Group> of(List<Paper> pool, List<Paper> week, List<List<Paper>> earlier, int maxGroups, int minSize) {
        Map<String, Integer> inWeek = counts(week);
        List<Paper> free = new ArrayList<>(pool);
        record Found(String key, List<Paper> members, Growth growth) {
        }
        List<Found> found = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        while (found.size() < maxGroups && free.size() >= minSize) {
            String best = best(free, inWeek, week.size(), minSize, tried);
            if (best == null) {
                break;
            }
            tried.add(best);
            List<Paper> members = free.stream().filter(p -> Phrases.of(p).containsKey(best)).toList();
            if (!namesSomething(name(best, members))) {
                continue;
            }
            free.removeAll(members);
            found.add(new Found(best, members, growth(best, inWeek.getOrDefault(best, 0), week.size(), earlier)));
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.members().size()));
        List<Group> groups = new ArrayList<>();
        for (Found f : found) {
            // the first trend shown says that no earlier week is stored, when none is; the others need not repeat it
            groups.add(new Group(name(f.key(), f.members()), f.members(),
                    line(f.key(), f.members(), inWeek, week.size(), pool.size(), f.growth(), groups.isEmpty()), f.growth()));
        }
        return groups;
    }

    /**
     * "cross-modal" or "test-time" alone describe, they name nothing a group works on; "chain-of-thought",
     * "fine-tuning" and any term of two words or more do.
     */
    private static boolean namesSomething(String name) {
        if (name.indexOf(' ') > 0 || name.indexOf('-') < 0) {
            return true;
        }
        String last = name.substring(name.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        return name.split("-").length >= 3 || last.matches(".*(?:ing|tion|sion|ment|ness|ity)");
    }

    /** The term most papers of {@code papers} share that the week as a whole seldom uses. */
    private static String best(List<Paper> papers, Map<String, Integer> inWeek, int weekSize, int minSize, List<String> not) {
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Integer> e : counts(papers).entrySet()) {
            int n = e.getValue();
            if (n < minSize || overlaps(e.getKey(), not)) {
                continue;
            }
            double lift = lift(n, papers.size(), inWeek.getOrDefault(e.getKey(), 0), weekSize);
            if (lift < MIN_LIFT) {
                continue;
            }
            int words = Phrases.length(e.getKey());
            double score = n * Math.log(lift) * (words == 1 ? 0.7 : words == 2 ? 1.0 : 0.9);
            if (score > bestScore || score == bestScore && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** How much more often a term occurs in a group than in the whole week. */
    private static double lift(int inGroup, int groupSize, int inWeek, int weekSize) {
        return ((double) inGroup / groupSize) / ((inWeek + 1.0) / (weekSize + 1.0));
    }

    /** One term inside another ("kv cache" in "kv cache compress") names the same direction. */
    private static boolean overlaps(String key, List<String> others) {
        for (String o : others) {
            if ((" " + key + " ").contains(" " + o + " ") || (" " + o + " ").contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** In how many of the papers each term occurs. */
    static Map<String, Integer> counts(List<Paper> papers) {
        Map<String, Integer> n = new HashMap<>();
        for (Paper p : papers) {
            for (String key : Phrases.of(p).keySet()) {
                n.merge(key, 1, Integer::sum);
            }
        }
        return n;
    }

    /** The term as its papers write it most often, common words in lower case. */
    static String name(String key, List<Paper> papers) {
        Map<String, Integer> written = new HashMap<>();
        for (Paper p : papers) {
            String w = Phrases.of(p).get(key);
            if (w != null) {
                written.merge(w, 1, Integer::sum);
            }
        }
        String term = written.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().indexOf('-') >= 0)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(key);
        return lowerCommonWords(withHead(term, papers));
    }

    /**
     * "vision-language" as its papers go on to write it, "vision-language models": the word that follows
     * the term in most of its papers, when one does.
     */
    private static String withHead(String term, List<Paper> papers) {
        Pattern followed = Pattern.compile("(?i)\\b" + String.join("[\\s-]+", Stream.of(term.split("[\\s-]+")).map(Pattern::quote).toList())
                + "\\w{0,2}\\s+([A-Za-z][A-Za-z-]*)");
        Map<String, Integer> next = new HashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        for (Paper p : papers) {
            Matcher m = followed.matcher(p.title() + ". " + p.abstractText());
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                if (seen.add(w)) {
                    next.merge(w, 1, Integer::sum);
                    asWritten.putIfAbsent(w, m.group(1));
                }
            }
        }
        return next.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= papers.size() && Phrases.head(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> term + " " + asWritten.get(e.getKey()))
                .orElse(term);
    }

    /** "Test-Time Scaling" from a title reads "test-time scaling" in a sentence; "RLHF", "KV-cache" and "MoE" stay. */
    private static String lowerCommonWords(String term) {
        StringBuilder out = new StringBuilder();
        for (String part : term.split("(?<=[ -])")) {
            String w = part.strip().replace("-", "");
            boolean coined = w.chars().skip(1).anyMatch(Character::isUpperCase) || w.chars().anyMatch(Character::isDigit);
            out.append(coined ? part : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** What the group works on besides its name, and how often the name came up this week against before. */
    static String line(String key, List<Paper> members, Map<String, Integer> inWeek, int weekSize, int pool, Growth growth,
            boolean first) {
        // the name as written may run on past its key ("deep research agents" for "deep research"): a side term
        // within it ("research agents") says the name again
        List<String> taken = new ArrayList<>(List.of(key, Phrases.key(name(key, members))));
        List<String> side = new ArrayList<>();
        counts(members).entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                        -e.getValue() * Math.log(lift(e.getValue(), members.size(), inWeek.getOrDefault(e.getKey(), 0), weekSize)))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String written = name(e.getKey(), members);
                    if (side.size() < SIDE_TERMS && !overlaps(e.getKey(), taken) && namesAThing(written)
                            && !abbreviates(written, name(key, members)) && !abbreviates(name(key, members), written)) {
                        taken.add(e.getKey());
                        side.add(written);
                    }
                });
        String what = "Papers on " + name(key, members) + (side.isEmpty() ? "" : ", often together with " + String.join(" and ", side));
        return what + ": " + growth.describe(members.size(), pool, first) + ".";
    }

    /** A first word that rates or places rather than names, or a last word that names no subject of research. */
    private static final Pattern GENERIC = Pattern.compile("(?i)^(?:final|modern|remarkable|recent|current|existing|key|main|"
            + "novel|new|various|different|strong|promising|significant|substantial|impressive|future|prior|previous|"
            + "traditional|conventional|typical|common|general|further|great|notable|superior|better)\\b"
            + "|\\b(?:progress|directions?|advances|advancements|success|results|landscape|community|efforts)$");

    /** "CoT" for "chain-of-thought", "LLMs" for "large language models": the same thing in its initials. */
    static boolean abbreviates(String shortForm, String longForm) {
        String initials = java.util.Arrays.stream(longForm.split("[\\s-]+")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining());
        String letters = shortForm.replaceAll("s$", "");
        // "DiT" for "diffusion transformers": its capitals are the initials
        String capitals = letters.replaceAll("[^A-Z]", "");
        return initials.length() >= 2 && (letters.equalsIgnoreCase(initials) || capitals.length() >= 2 && capitals.equalsIgnoreCase(initials));
    }

    /**
     * "question answering", "CoT": a term that names something. A lone hyphenated modifier ("inter-agent",
     * "test-time") names nothing without the noun it was written before.
     */
    static boolean namesAThing(String written) {
        // "model's overall" is two words of "the model's overall accuracy", not a thing
        if (written.contains("'") || written.contains("\u2019") || written.matches(".*\\b(?:overall|based|specific|related|level|wise)$")) {
            return false;
        }
        // "final answers", "remarkable progress", "research direction": what any abstract says, about anything
        if (GENERIC.matcher(written).find()) {
            return false;
        }
        return written.indexOf(' ') > 0 || written.chars().anyMatch(Character::isUpperCase);
    }

    /** How the term's use this week compares with the weeks before, scaled to the weeks' sizes. */
    static Growth growth(String key, int now, int weekSize, List<List<Paper>> earlier) {
        List<List<Paper>> weeks = earlier.stream().filter(w -> !w.isEmpty()).toList();
        if (weeks.isEmpty()) {
            return new Growth("", now, weekSize, 0, 0);
        }
        int before = 0;
        int sizeBefore = 0;
        for (List<Paper> w : weeks) {
            sizeBefore += w.size();
            for (Paper p : w) {
                before += Phrases.of(p).containsKey(key) ? 1 : 0;
            }
        }
        // what this week would have had at the earlier weeks' rate, for a week of its size
        double expected = (double) before / sizeBefore * weekSize;
        String word = before == 0 ? "new"
                : now >= 1.5 * expected && now - expected >= 2 ? "rising"
                : now <= 0.67 * expected && expected - now >= 2 ? "falling"
                : "steady";
        return new Growth(word, now, weekSize, (double) before / weeks.size(), weeks.size());
    }
}
