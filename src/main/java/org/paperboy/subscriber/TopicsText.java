package org.paperboy.subscriber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a gpt_paper_assistant-style topics file by its structure, whatever its wording: numbered
 * topics (or headings) with their "Keep:" / "Filter:" lines, a "Keywords" block, lists after a
 * sentence that ends with a colon (what to keep or leave out, told by the sentence), and prose
 * paragraphs. Every line ends up somewhere; a line that cannot be placed is a problem with its line
 * number and the reason, and then nothing of the file is used.
 */
final class TopicsText {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s*(.*?)\\s*#*|\\*\\*(.+?)\\*\\*\\s*:?|__(.+?)__\\s*:?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+•]\\s+(.*)$");
    /** "Relevant: ...", "**Keep**: ..." at the start of a line or bullet. */
    private static final Pattern LABEL = Pattern.compile("^\\**([A-Za-z][A-Za-z '’/-]{0,30}?)\\**\\s*:\\**\\s*(.*)$");
    private static final Pattern KEYWORDS = Pattern.compile("(?i)^(key ?words?|keyphrases?)$");
    private static final Pattern APPLICATION = Pattern.compile("(?i)^applications?$");

    private enum In { NOTHING, TOPIC, KEYWORDS, LIST }

    private final String file;
    private final List<String> lines;
    private final TopicsBuilder out = new TopicsBuilder();
    private final List<ProfileProblem> problems = new ArrayList<>();
    private In in = In.NOTHING;
    private Polarity list = Polarity.UNKNOWN;
    /** True when the line before was blank: prose after a blank line is a paragraph of its own. */
    private boolean afterBlank = true;
    /** How far the current topic's title is indented: prose indented further belongs to it. */
    private int topicIndent;

    private TopicsText(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** What the file says; an {@link InvalidProfileException} lists every line that could not be placed. */
    static PaperAssistantImport.Interests read(String file, List<String> lines) {
        TopicsText t = new TopicsText(file, lines);
        for (int i = 0; i < lines.size(); i++) {
            t.line(i);
        }
        if (!t.problems.isEmpty()) {
            throw new InvalidProfileException(t.problems);
        }
        return t.out.interests();
    }

    private void line(int i) {
        String line = lines.get(i).replace('\t', ' ');
        String text = line.strip();
        if (text.isEmpty()) {
            out.endParagraph();
            afterBlank = true;
            return;
        }
        Matcher numbered = NUMBERED.matcher(line);
        Matcher heading = HEADING.matcher(line);
        Matcher bullet = BULLET.matcher(line);
        if (numbered.matches()) {
            out.topic(clean(numbered.group(1)));
            in = In.TOPIC;
            topicIndent = indent(line);
        } else if (heading.matches()) {
            String h = clean(first(heading.group(1), heading.group(2), heading.group(3)).replaceAll(":$", ""));
            leadIn(i, h, false);
        } else if (bullet.matches()) {
            bullet(i, clean(bullet.group(2)));
        } else if (text.endsWith(":")) {
            leadIn(i, clean(text.substring(0, text.length() - 1)), true);
        } else {
            prose(i, line, text);
        }
        afterBlank = false;
    }

    /**
     * A heading, or a sentence ending with a colon: what follows tells what it heads. Keep / filter
     * lines make it a topic of that name; a list takes its side from the sentence; numbered topics
     * or prose after it make it a title, which says nothing to score by.
     */
    private void leadIn(int i, String text, boolean sentence) {
        out.endParagraph();
        if (KEYWORDS.matcher(text).matches()) {
            in = In.KEYWORDS;
            return;
        }
        String next = nextLine(i);
        Matcher b = next == null ? null : BULLET.matcher(next);
        if (b == null || !b.matches()) {
            in = In.NOTHING;
            return;
        }
        Matcher label = LABEL.matcher(b.group(2).strip());
        if (label.matches() && Polarity.of(label.group(1)) != Polarity.UNKNOWN && !sentence) {
            out.topic(text);
            in = In.TOPIC;
            topicIndent = indent(lines.get(i));
            return;
        }
        Polarity side = Polarity.of(text);
        if (side == Polarity.UNKNOWN && !sentence) {
            out.topic(text);
            in = In.TOPIC;
            topicIndent = indent(lines.get(i));
        } else if (side == Polarity.UNKNOWN) {
            in = In.NOTHING;
            problem(i, "cannot tell whether the list after \"" + text + ":\" is to keep or to leave out: begin the sentence "
                    + "with \"Also relevant\" or \"Leave out\", or make the list a numbered topic");
        } else {
            in = In.LIST;
            list = side;
        }
    }

    private void bullet(int i, String text) {
        out.endParagraph();
        Matcher label = LABEL.matcher(text);
        String name = label.matches() ? label.group(1).strip() : null;
        String value = label.matches() ? label.group(2).strip() : text;
        Polarity side = name == null ? null : Polarity.of(name);
        switch (in) {
            case TOPIC -> {
                if (side == null || side == Polarity.UNKNOWN) {
                    // an unlabelled subject, or one with its own explanation ("Transformers: attention variants")
                    out.keep(text);
                } else if (side == Polarity.KEEP) {
                    out.keep(value);
                } else {
                    out.filter(value);
                }
            }
            case KEYWORDS -> {
                if (side == Polarity.UNKNOWN && APPLICATION.matcher(name).matches()) {
                    // gpt_paper_assistant profiles list under "Application:" the domains whose use of a method they skip
                    out.avoid(value);
                } else if (side == Polarity.UNKNOWN) {
                    problem(i, "\"" + name + ":\" in the keywords block is neither a list to look for nor one to avoid: "
                            + "write \"- Relevant:\" or \"- Irrelevant:\"");
                } else {
                    out.list(side == Polarity.LEAVE_OUT ? Polarity.LEAVE_OUT : Polarity.KEEP, value);
                }
            }
            case LIST -> out.list(side == null || side == Polarity.UNKNOWN ? list : side, side == null ? text : value);
            default -> problem(i, "a list item outside any topic or list: put it under a numbered topic, or after a "
                    + "sentence ending with \":\" that says whether to keep these or leave them out");
        }
    }

    /** Prose: a line that continues the line before it, or a paragraph of its own. */
    private void prose(int i, String line, String text) {
        Matcher label = LABEL.matcher(text);
        if (label.matches() && in != In.TOPIC) {
            Polarity side = Polarity.of(label.group(1));
            if (side != Polarity.UNKNOWN && !label.group(2).isBlank()) {
                // "Keywords: a, b, c" or "Leave out: x, y" on a line of its own
                out.list(side, clean(label.group(2)));
                in = In.NOTHING;
                return;
            }
        }
        if (!afterBlank && out.continues(clean(text))) {
            return;
        }
        if (in == In.TOPIC && (!afterBlank || indent(line) > topicIndent)) {
            // a topic's own description, right under its title or indented below it
            out.keep(clean(text));
            return;
        }
        in = In.NOTHING;
        out.paragraph(clean(text));
    }

    private String nextLine(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private void problem(int i, String reason) {
        problems.add(new ProfileProblem(file, i + 1, 1, reason + " (the line reads \"" + lines.get(i).strip() + "\")"));
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Markdown emphasis and trailing punctuation taken off. */
    static String clean(String s) {
        return s.replaceAll("\\*\\*|__|`", "").replaceAll("\\s+", " ").strip();
    }

    private static String first(String... options) {
        for (String o : options) {
            if (o != null) {
                return o;
            }
        }
        return "";
    }
}
