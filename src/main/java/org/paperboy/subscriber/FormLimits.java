package org.paperboy.subscriber;

import java.util.ArrayList;
import java.util.List;

/**
 * The most each field of the sign-up and preferences form may hold, checked before the form is read any
 * further. A form over a limit is refused with a sentence saying which field and by how much, never cut
 * to size while the page says it was saved.
 */
final class FormLimits {

    static final int NAME = 200;
    static final int TOPIC = 500;
    static final int ITEM = 200;
    /** A topic's own fields hold what profile files and imports wrote, which can be longer than a line of the sign-up. */
    static final int TOPIC_FIELD = 4000;
    static final int ABOUT = 20_000;

    private FormLimits() {
    }

    static List<String> problems(Subscriptions.Form f) {
        List<String> problems = new ArrayList<>();
        length(problems, "The email address", f.email(), 254);
        length(problems, "The name", f.name(), NAME);
        length(problems, "The topics", f.topics(), Subscriptions.MAX_TOPICS * (TOPIC + 2));
        length(problems, "The authors", f.authors(), Subscriptions.MAX_ITEMS * (ITEM + 2));
        length(problems, "The keywords", f.keywords(), Subscriptions.MAX_ITEMS * (ITEM + 2));
        length(problems, "The subjects to leave out", f.avoid(), Subscriptions.MAX_ITEMS * (ITEM + 2));
        length(problems, "The categories", f.categories(), Subscriptions.MAX_ITEMS * 20);
        length(problems, "The text in your own words", f.about(), ABOUT);
        List<Subscriptions.TopicFields> fields = f.topicFields() == null ? List.of() : f.topicFields();
        for (int i = 0; i < fields.size(); i++) {
            length(problems, "Topic " + (i + 1) + "'s name", fields.get(i).name(), ITEM);
            length(problems, "What topic " + (i + 1) + " looks for", fields.get(i).keep(), TOPIC_FIELD);
            length(problems, "What topic " + (i + 1) + " leaves out", fields.get(i).filter(), TOPIC_FIELD);
        }
        for (String small : new String[] {f.frequency(), f.hour(), f.zone(), f.pauseUntil(), f.abstracts(), f.maxPapers()}) {
            length(problems, "A field", small, 64);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> topics = Subscriptions.lines(f.topics());
        if (fields.size() > Subscriptions.MAX_ITEMS) {
            problems.add("Please give at most " + Subscriptions.MAX_ITEMS + " topics (this form has " + fields.size()
                    + "); nothing was saved.");
        }
        if (topics.size() > Subscriptions.MAX_TOPICS) {
            problems.add("Please give at most " + Subscriptions.MAX_TOPICS + " topics (this form has " + topics.size()
                    + "); nothing was saved.");
        }
        if (topics.stream().anyMatch(t -> t.length() > TOPIC)) {
            problems.add("Please keep each topic to " + TOPIC + " characters or fewer; nothing was saved.");
        }
        count(problems, "authors", f.authors());
        count(problems, "keywords", f.keywords());
        count(problems, "subjects to leave out", f.avoid());
        count(problems, "categories", f.categories());
        return problems;
    }

    private static void length(List<String> problems, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(what + " is " + String.format("%,d", value.length()) + " characters long; please keep it to "
                    + String.format("%,d", max) + " or fewer.");
        }
    }

    private static void count(List<String> problems, String what, String text) {
        List<String> items = ProfileForm.list(text);
        if (items.size() > Subscriptions.MAX_ITEMS) {
            problems.add("Please give at most " + Subscriptions.MAX_ITEMS + " " + what + " (this form has " + items.size()
                    + "); nothing was saved.");
        } else if (items.stream().anyMatch(i -> i.length() > ITEM)) {
            problems.add("Please keep each of the " + what + " to " + ITEM + " characters or fewer; nothing was saved.");
        }
    }
}
