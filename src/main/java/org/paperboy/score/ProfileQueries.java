package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * A profile as the scorer reads it, whichever way it was written: one query per topic, one for the
 * keywords and one per paragraph of prose, each with its whole text and every subject it lists; and
 * the subjects to leave out. A long keep list, a terse keyword list and a paragraph that say the same
 * give the same subjects, and each subject is compared with a paper on its own, so that one subject
 * among twenty counts as much as one among three. Sentences of prose that say what to leave out
 * ("I skip papers on ...", "not interested in ...") are leave-out subjects, not queries.
 *
 * @param queries   what to look for
 * @param negatives subjects to leave out: the profile's avoid list and the leave-out sentences of its prose
 */
public record ProfileQueries(List<Query> queries, List<String> negatives) {

    /**
     * One query: its label as {@code subscribers show} prints it, the text it is embedded from whole, its
     * subjects one by one, the interest a digest's reason names (the topic's name; "" for keywords and
     * prose), and whether it is the reader's keywords.
     */
    public record Query(String label, String whole, List<String> subjects, String interest, boolean keywords) {
    }

    /** The most words a subject to leave out taken from prose has. */
    private static final int MOST_WORDS_AGAINST = 4;
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    private static final Pattern AGAINST = Pattern.compile("(?i)\\b(not interested|irrelevant|not relevant|leave (?:\\w+ )?out"
            + "|skip|ignore|avoid|exclude|filter out|don'?t|do not|never|rather not|no interest|not for me|without interest)\\b");
    /** Where a sentence turns from what to keep to what to leave out: "X, but not Y", "X rather than Y". */
    private static final Pattern BUT_NOT = Pattern.compile("(?i),?\\s*\\b(?:but not|rather than|except(?: for)?|other than)\\b|,\\s*not\\b");
    private static final Pattern EXAMPLES = Pattern.compile("(?i)^.*?\\b(?:such as|e\\.g\\.?|for example|including|like)\\s+");
    /** Words that introduce the subjects of a prose sentence ("I read papers on", "he enjoys"): not subjects themselves. */
    private static final Pattern LEAD = Pattern.compile("(?i)^.*?\\b(?:(?:papers|works?|research|results|advances|studies)"
            + "\\s+(?:on|about|in|into|with|that|which|proposing|showing)|interested in|interests? me|enjoys?|likes?|loves?"
            + "|follows?|prefers?|focus(?:es)? on|care about|looks? for|looking for|learning about|hear about|read(?:s|ing)? about"
            + "|not for me|out|skip|ignore|avoid|exclude)\\s+");
    private static final Pattern BETWEEN = Pattern.compile("[,;:()]|\\s/\\s|\\bor\\b|\\bas well as\\b|\\.\\s|\\.$");

    public static ProfileQueries of(Profile profile) {
        List<Query> queries = new ArrayList<>();
        List<String> negatives = new ArrayList<>(profile.avoid());
        for (Topic t : profile.topics()) {
            String whole = t.name().isEmpty() ? t.keep() : t.keep().isEmpty() ? t.name() : t.name() + ". " + t.keep();
            // a topic's name is a subject too ("Distributed training, memory and kernels" lists three)
            List<String> subjects = new ArrayList<>(subjects(t.name()));
            subjects(t.keep()).stream().filter(x -> !subjects.contains(x)).forEach(subjects::add);
            queries.add(new Query("Topic \"" + t.label() + "\"", whole, subjects, t.name(), false));
        }
        if (!profile.keywords().isEmpty()) {
            queries.add(new Query("Keywords", String.join(", ", profile.keywords()), profile.keywords(), "", true));
        }
        ProfileQueries prose = fromProse(profile.about());
        queries.addAll(prose.queries());
        negatives.addAll(prose.negatives());
        return new ProfileQueries(List.copyOf(queries), negatives.stream().distinct().toList());
    }

    /** What paragraphs of prose ask for, and what their sentences say to leave out. */
    static ProfileQueries fromProse(List<String> paragraphs) {
        List<Query> queries = new ArrayList<>();
        List<String> negatives = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder keep = new StringBuilder();
            List<String> subjects = new ArrayList<>();
            for (String sentence : SENTENCE.split(paragraph)) {
                String[] clauses = BUT_NOT.split(sentence);
                for (int c = 0; c < clauses.length; c++) {
                    if (c > 0 || AGAINST.matcher(clauses[c]).find()) {
                        // a whole clause ("merely use an existing architecture for a task") is a manner, not a subject
                        subjects(lead(clauses[c])).stream().filter(x -> x.split(" ").length <= MOST_WORDS_AGAINST).forEach(negatives::add);
                    } else {
                        keep.append(keep.length() > 0 ? " " : "").append(clauses[c].strip());
                        subjects.addAll(subjects(lead(clauses[c])));
                    }
                }
            }
            if (!subjects.isEmpty()) {
                String start = paragraph.length() <= 40 ? paragraph : paragraph.substring(0, 40).strip() + "…";
                queries.add(new Query("You wrote \"" + start + "\"", keep.toString(), subjects.stream().distinct().toList(), "", false));
            }
        }
        return new ProfileQueries(List.copyOf(queries), negatives.stream().distinct().toList());
    }

    /** Texts already split: readers share topics, and splitting one costs more than scoring with it. */
    private static final Cache<String, List<String>> SPLIT = Caffeine.newBuilder().maximumSize(20_000).build();

    /** The subjects a text lists, split where its list separates them, each as written. */
    static List<String> subjects(String text) {
        return SPLIT.get(text, ProfileQueries::split);
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : BETWEEN.split(text)) {
            String p = EXAMPLES.matcher(lead(part.replaceAll("\\s+", " ").strip())).replaceFirst("")
                    .replaceAll("(?i)^(and|or|nor|also|other|in|on|the|e\\.g\\.?|etc\\.?)\\s+", "")
                    .replaceAll("(?i)\\s*\\b(etc|and so on)\\.?$", "").strip();
            if (p.length() >= 2 && p.length() <= 120 && !Text.stems(p).isEmpty() && !out.contains(p)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** A sentence from its subjects on: "He enjoys papers on X" is X. */
    private static String lead(String sentence) {
        return LEAD.matcher(sentence).replaceFirst("");
    }

    /** The reading, a line each, as {@code paperboy subscribers show} prints it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Query q : queries) {
            out.add(q.label() + ": " + String.join(" | ", q.subjects()));
        }
        out.add("Leave out: " + (negatives.isEmpty() ? "(nothing)" : String.join(" | ", negatives)));
        return out;
    }
}
