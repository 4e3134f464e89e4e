package org.paperboy.subscriber;

import java.time.ZoneId;
import java.util.List;

/**
 * A reader's interests and delivery preferences. Lists are never null.
 *
 * @param topics     plain-language criteria, each with keep and filter text
 * @param authors    followed authors: their papers are always included
 * @param keywords   words and phrases that raise a paper
 * @param avoid      words and phrases that lower a paper
 * @param categories arXiv categories of interest (e.g. cs.CL); empty means all ingested ones
 * @param maxPapers  the most papers in one digest
 * @param deliveryHour the local hour (0-23) at which the daily digest goes out
 * @param weeklyTopics the weekly issues the reader chose: names of the operator's weekly topics, and
 *                     {@link #OWN_WEEKLY} for one made from their own interests; empty = not chosen (the
 *                     topic nearest in meaning to their interests, or their own when none is near)
 * @param abstracts  how much of each abstract the daily digest shows
 * @param about      what the reader wrote in prose around their topics (an introduction, a closing
 *                   paragraph), or instead of them: each paragraph as written
 */
public record Profile(
        List<Topic> topics,
        List<String> authors,
        List<String> keywords,
        List<String> avoid,
        List<String> categories,
        int maxPapers,
        int deliveryHour,
        ZoneId zone,
        Frequency frequency,
        List<String> weeklyTopics,
        Abstracts abstracts,
        List<String> about) {

    public static final int DEFAULT_MAX_PAPERS = 30;
    /** The weekly choice "an issue made from my own interests", beside the operator's topic names. */
    public static final String OWN_WEEKLY = "my interests";
    public static final int DEFAULT_DELIVERY_HOUR = 7;

    public Profile {
        topics = topics == null ? List.of() : List.copyOf(topics);
        authors = clean(authors);
        keywords = clean(keywords);
        avoid = clean(avoid);
        categories = clean(categories);
        if (maxPapers < 1 || maxPapers > 500) {
            throw new IllegalArgumentException("max_papers must be between 1 and 500, not " + maxPapers);
        }
        if (deliveryHour < 0 || deliveryHour > 23) {
            throw new IllegalArgumentException("delivery_hour must be between 0 and 23, not " + deliveryHour);
        }
        zone = zone == null ? ZoneId.of("UTC") : zone;
        frequency = frequency == null ? Frequency.DAILY : frequency;
        weeklyTopics = clean(weeklyTopics);
        abstracts = abstracts == null ? Abstracts.SHORT : abstracts;
        about = clean(about);
    }

    /** A profile with the defaults for what came later: the nearest weekly topic, short abstracts, no prose. */
    public Profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid, List<String> categories,
            int maxPapers, int deliveryHour, ZoneId zone, Frequency frequency) {
        this(topics, authors, keywords, avoid, categories, maxPapers, deliveryHour, zone, frequency, List.of(), Abstracts.SHORT);
    }

    public Profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid, List<String> categories,
            int maxPapers, int deliveryHour, ZoneId zone, Frequency frequency, List<String> weeklyTopics, Abstracts abstracts) {
        this(topics, authors, keywords, avoid, categories, maxPapers, deliveryHour, zone, frequency, weeklyTopics, abstracts, List.of());
    }

    public Profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid, List<String> categories,
            int maxPapers, int deliveryHour, ZoneId zone, Frequency frequency, List<String> weeklyTopics, List<String> about) {
        this(topics, authors, keywords, avoid, categories, maxPapers, deliveryHour, zone, frequency, weeklyTopics, Abstracts.SHORT, about);
    }

    public Profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid, List<String> categories,
            int maxPapers, int deliveryHour, ZoneId zone, Frequency frequency, List<String> weeklyTopics) {
        this(topics, authors, keywords, avoid, categories, maxPapers, deliveryHour, zone, frequency, weeklyTopics, Abstracts.SHORT);
    }

    public Profile(List<Topic> topics, List<String> authors, List<String> keywords, List<String> avoid, List<String> categories,
            int maxPapers, int deliveryHour, ZoneId zone, Frequency frequency, Abstracts abstracts) {
        this(topics, authors, keywords, avoid, categories, maxPapers, deliveryHour, zone, frequency, List.of(), abstracts);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
