package org.paperboy.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;

/**
 * The judge's prompt, after gpt_paper_assistant's: what the reader wants as numbered criteria, then the
 * "postfix" asking for one JSON object per paper and line. The system part holds everything that
 * depends on the reader only, so its hash names the criteria in the cache: the same words, the same key.
 */
final class JudgePrompt {

    static final int MAX_ABSTRACT = 4000;
    static final int MAX_AUTHORS = 20;

    private static final String INTRO = """
            You are a helpful paper reading assistant whose job is to read the daily arXiv listing and find the \
            few papers a researcher will enjoy reading. Read each paper's title and abstract carefully and judge \
            it against the researcher's criteria below.
            """;

    private static final String POSTFIX = """
            ## Instructions
            Write the response in JSONL format: one JSON object per line, one line for each paper, nothing else:
            {"ARXIVID": "...", "COMMENT": "...", "RELEVANCE": 1-10, "NOVELTY": 1-10}
            ARXIVID is the paper's arXiv ID as given.
            COMMENT says in one short sentence which criterion the paper matches closely, by number and name \
            (e.g. "Criterion 2 (Model compression): a new 4-bit quantization scheme"), or that none does. A match \
            must rest on the specific criterion, not on general terms like "language modeling" or "advancements".
            RELEVANCE is an integer from 1 to 10: 10 is directly about the exact criterion, with near-synonym \
            keyword matches and authors known for the topic; 5 is a direct match to a specific criterion; 3 is \
            relevant to the researcher's general area but to no specific criterion; 1 is irrelevant to every criterion.
            NOVELTY is an integer from 1 to 10: 10 is a groundbreaking, general-purpose discovery that would \
            transform the field; 1 improves one aspect of a problem or applies known methods to a narrow domain. \
            Judge from the abstract, and do not take the authors' claims of novelty on trust.
            """;

    private JudgePrompt() {
    }

    /** False when the profile asks for nothing a model could judge (only followed authors, say). */
    static boolean hasCriteria(Profile profile) {
        return !profile.topics().isEmpty() || !profile.keywords().isEmpty();
    }

    static String system(Profile profile) {
        StringBuilder s = new StringBuilder(INTRO).append("\n## Criteria\n");
        int n = 0;
        for (Topic t : profile.topics()) {
            n++;
            s.append(' ').append(n).append(". ").append(t.name().isEmpty() ? t.keep() : t.name()).append('\n');
            if (!t.keep().isEmpty() && !t.name().isEmpty()) {
                s.append("    - Relevant: ").append(t.keep()).append('\n');
            }
            if (!t.filter().isEmpty()) {
                s.append("    - Not relevant: ").append(t.filter()).append('\n');
            }
        }
        if (!profile.keywords().isEmpty()) {
            n++;
            s.append(' ').append(n).append(". Keywords: papers about any of ").append(quoted(profile.keywords())).append('\n');
        }
        if (!profile.avoid().isEmpty()) {
            s.append("Papers mainly about any of ").append(quoted(profile.avoid()))
                    .append(" are of no interest, whatever else they match: RELEVANCE 1 or 2.\n");
        }
        return s.append('\n').append(POSTFIX).toString();
    }

    static String user(List<Paper> batch) {
        StringBuilder s = new StringBuilder();
        for (Paper p : batch) {
            List<String> authors = p.authors();
            String names = authors.size() <= MAX_AUTHORS ? String.join(", ", authors)
                    : String.join(", ", authors.subList(0, MAX_AUTHORS)) + " et al.";
            String abstractText = p.abstractText().length() <= MAX_ABSTRACT ? p.abstractText()
                    : p.abstractText().substring(0, MAX_ABSTRACT) + "…";
            s.append("ARXIVID: ").append(p.id().base()).append('\n')
                    .append("Title: ").append(p.title()).append('\n')
                    .append("Authors: ").append(names).append('\n')
                    .append("Abstract: ").append(abstractText).append("\n\n");
        }
        return s.append("Answer with ").append(batch.size() == 1 ? "one JSON line" : batch.size() + " JSON lines")
                .append(", one for each paper above.").toString();
    }

    /** The cache's name for a reader's criteria: a hash of the system prompt, so a new wording is a new key. */
    static String criteriaHash(String system) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(system.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }
}
