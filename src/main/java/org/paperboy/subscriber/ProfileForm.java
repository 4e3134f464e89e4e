package org.paperboy.subscriber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The sign-up and preference form, both ways: a profile shown in its fields, and the fields read back
 * into a profile with every problem at once. What the form shows, it reads back unchanged: lists one
 * entry a line (a single line may separate them with commas, as people type them), topics each with
 * their own fields, prose paragraphs apart by a blank line.
 */
final class ProfileForm {

    /** What the form said: a profile and the pause (null: none), or the problems, one sentence each. */
    record Read(Profile profile, LocalDate pause, List<String> problems) {
    }

    private ProfileForm() {
    }

    /**
     * @param old the profile being edited, whose values stand for fields the form did not have (null
     *            at sign-up: the defaults stand for them)
     */
    static Read read(Subscriptions.Form f, Profile old) {
        Profile base = old != null ? old : new Profile(List.of(), List.of(), List.of(), List.of(), List.of(),
                Profile.DEFAULT_MAX_PAPERS, Profile.DEFAULT_DELIVERY_HOUR, null, null);
        List<String> problems = new ArrayList<>();
        List<Topic> topics = topics(f, problems);
        List<String> authors = list(f.authors());
        List<String> keywords = list(f.keywords());
        if (topics.isEmpty() && authors.isEmpty() && keywords.isEmpty() && problems.isEmpty()) {
            problems.add("Please name at least one topic, author or keyword, so we know what to send.");
        }
        Frequency frequency = parse(f.frequency(), base.frequency().name(), s -> Frequency.valueOf(s.toUpperCase(Locale.ROOT)),
                "Please choose daily, weekly or both.", problems);
        Integer hour = parse(f.hour(), String.valueOf(base.deliveryHour()), s -> between(Integer.parseInt(s), 0, 23),
                "Please choose a delivery hour between 0 and 23.", problems);
        ZoneId zone = parse(f.zone(), base.zone().getId(), ZoneId::of, "Please choose a time zone from the list, such as"
                + " Europe/Berlin or UTC (not " + shorten(f.zone()) + ").", problems);
        Integer maxPapers = parse(f.maxPapers(), String.valueOf(base.maxPapers()), s -> between(Integer.parseInt(s), 1, 500),
                "Please choose between 1 and 500 papers an issue.", problems);
        Abstracts abstracts = parse(f.abstracts(), base.abstracts().key(), s -> Abstracts.named(s).orElseThrow(),
                "Please choose full, short or no abstracts.", problems);
        LocalDate pause = parse(f.pauseUntil(), null, LocalDate::parse,
                "Please give the last day of the pause as a date like 2026-08-31, or leave it empty.", problems);
        if (!problems.isEmpty()) {
            return new Read(null, null, problems);
        }
        return new Read(new Profile(topics, authors, keywords, f.avoid() == null ? base.avoid() : list(f.avoid()),
                list(f.categories()), maxPapers, hour, zone, frequency, Subscriptions.lines(f.weekly()), abstracts,
                f.about() == null ? base.about() : paragraphs(f.about())), pause, List.of());
    }

    /** The topics of their own fields (a blank one is none), then those of the one-a-line text. */
    private static List<Topic> topics(Subscriptions.Form f, List<String> problems) {
        List<Topic> topics = new ArrayList<>();
        List<Subscriptions.TopicFields> fields = f.topicFields() == null ? List.of() : f.topicFields();
        for (int i = 0; i < fields.size(); i++) {
            Subscriptions.TopicFields t = fields.get(i);
            String name = text(t.name()).replaceAll("\\s+", " ");
            String keep = text(t.keep());
            String filter = text(t.filter());
            if (!name.isEmpty() || !keep.isEmpty()) {
                topics.add(new Topic(name, keep, filter));
            } else if (!filter.isEmpty()) {
                problems.add("Topic " + (i + 1) + " says only what to leave out: please say what to look for too, or empty it"
                        + " to remove it.");
            }
        }
        for (String line : Subscriptions.lines(f.topics())) {
            int colon = line.indexOf(':');
            // A short text before the first colon is the topic's name; a long one is part of the criterion.
            topics.add(colon > 0 ? new Topic(line.substring(0, colon), line.substring(colon + 1), "") : new Topic("", line, ""));
        }
        return topics;
    }

    /** A list in a text field: one entry a line, or on a single line separated by commas. */
    static List<String> list(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        // a line break anywhere, even the last character, means one entry a line
        return Arrays.stream(t.split(t.contains("\n") ? "\n" : ",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A list as {@link #list} reads it back: one entry a line; a single entry with a comma ends with a line break. */
    static String show(List<String> entries) {
        String text = String.join("\n", entries);
        return entries.size() == 1 && text.contains(",") ? text + "\n" : text;
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text(text).split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String showParagraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** A field's text with a browser's CRLF line breaks as plain ones, stripped; "" for a missing field. */
    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String shorten(String s) {
        String t = text(s);
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    private static int between(int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is out of range");
        }
        return value;
    }

    /** The field's value read by {@code reader}, or {@code fallback}'s when it is blank; a problem when it cannot be read. */
    private static <T> T parse(String value, String fallback, Function<String, T> reader, String problem, List<String> problems) {
        String s = value == null || value.isBlank() ? fallback : value.strip();
        if (s == null) {
            return null;
        }
        try {
            return reader.apply(s);
        } catch (IllegalArgumentException | DateTimeException | java.util.NoSuchElementException e) {
            problems.add(problem);
            return null;
        }
    }
}
