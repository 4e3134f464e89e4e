package org.paperboy.subscriber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects what {@link TopicsText} places: topics with their keep and filter text, lists, and paragraphs. */
final class TopicsBuilder {

    /** Without a keep line, a numbered line this long is the criterion itself rather than a name. */
    private static final int LONGEST_NAME = 60;
    private static final Pattern INTRO = Pattern.compile(
            "(?i)^.*?\\b(?:such as|e\\.g\\.?|for example|for instance|including|like)\\s+");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:etc|and so on|and more)\\b\\.?|\\(\\s*\\)");

    private enum Field { NONE, NAME, KEEP, FILTER, KEEP_LIST, AVOID_LIST, PARAGRAPH }

    private final List<Topic> topics = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private final List<String> avoid = new ArrayList<>();
    private final List<String> about = new ArrayList<>();
    private String name;
    private final StringBuilder keep = new StringBuilder();
    private final StringBuilder filter = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    /** What the last line wrote to, which an unmarked next line continues. */
    private Field last = Field.NONE;

    void topic(String title) {
        endTopic();
        name = title;
        last = Field.NAME;
    }

    void keep(String text) {
        append(keep, text);
        last = Field.KEEP;
    }

    void filter(String text) {
        append(filter, text);
        last = Field.FILTER;
    }

    void avoid(String list) {
        list(Polarity.LEAVE_OUT, list);
    }

    /** A list of subjects to look for, or to leave out, one per comma. */
    void list(Polarity side, String list) {
        (side == Polarity.LEAVE_OUT ? avoid : keywords).addAll(items(list));
        last = side == Polarity.LEAVE_OUT ? Field.AVOID_LIST : Field.KEEP_LIST;
    }

    void paragraph(String text) {
        append(paragraph, text);
        last = Field.PARAGRAPH;
    }

    void endParagraph() {
        if (paragraph.length() > 0) {
            about.add(paragraph.toString());
            paragraph.setLength(0);
        }
        if (last == Field.PARAGRAPH) {
            last = Field.NONE;
        }
    }

    /** Adds a line that carries on the one before it; false when there is nothing it can carry on. */
    boolean continues(String text) {
        switch (last) {
            case NAME, KEEP -> keep(text);
            case FILTER -> filter(text);
            case KEEP_LIST -> list(Polarity.KEEP, text);
            case AVOID_LIST -> list(Polarity.LEAVE_OUT, text);
            case PARAGRAPH -> paragraph(text);
            default -> {
                return false;
            }
        }
        return true;
    }

    PaperAssistantImport.Interests interests() {
        endTopic();
        endParagraph();
        return new PaperAssistantImport.Interests(topics, keywords.stream().distinct().toList(),
                avoid.stream().distinct().toList(), about);
    }

    /**
     * A topic with keep text keeps its title whole as its name, however long and with whatever commas;
     * without one, a short title is both name and keep text, and a long one is the criterion itself.
     */
    private void endTopic() {
        if (name == null) {
            return;
        }
        String title = name.replaceAll("[.;:]+$", "").strip();
        if (keep.length() > 0) {
            topics.add(new Topic(title, keep.toString(), filter.toString()));
        } else if (title.isEmpty()) {
            avoid.addAll(items(filter.toString()));
        } else if (title.length() <= LONGEST_NAME) {
            topics.add(new Topic(title, title, filter.toString()));
        } else {
            topics.add(new Topic("", title, filter.toString()));
        }
        name = null;
        keep.setLength(0);
        filter.setLength(0);
    }

    /** "Domain applications such as medical imaging, segmentation, etc." as "medical imaging", "segmentation". */
    static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split("[,;]")) {
            String i = FILLER.matcher(out.isEmpty() ? INTRO.matcher(item).replaceFirst("") : item).replaceAll(" ");
            i = i.replaceAll("(?i)^\\s*(and|or)\\s+", "").replaceAll("[*.]+$", "").replaceAll("\\s+", " ").strip();
            if (i.length() > 1) {
                out.add(i);
            }
        }
        return out;
    }

    private static void append(StringBuilder b, String text) {
        b.append(b.length() > 0 ? " " : "").append(text.strip());
    }
}
