package org.paperboy.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.paperboy.issue.WeeklyComposer;
import org.paperboy.subscriber.Frequency;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Topic;

/**
 * Which weekly issues each reader gets: the operator's topics they chose, an issue made from their own
 * interests when they chose that, and otherwise the topic nearest in meaning to their interests, or
 * their own issue when no topic is near. Readers with the same interests share one own issue.
 */
final class WeeklyFields {

    /** Which of several fields a reader's interests are nearest to in meaning, if any is near. */
    interface Nearest {
        OptionalInt of(Profile reader, List<Profile> fields);
    }

    /** A reader's own field: what they asked for, their papers ranked as a weekly topic's are. */
    record Own(String title, Profile field, String key) {
    }

    final Map<Integer, List<Subscriber>> byTopic = new TreeMap<>();
    final Map<Own, List<Subscriber>> byOwn = new LinkedHashMap<>();

    WeeklyFields(List<WeeklyComposer.WeeklyTopic> topics, List<Subscriber> readers, Nearest nearest) {
        List<Profile> fields = topics.stream().map(WeeklyComposer.WeeklyTopic::profile).toList();
        for (Subscriber reader : readers) {
            Profile p = reader.profile();
            boolean own = false;
            List<Integer> chosen = new ArrayList<>();
            for (String name : p.weeklyTopics()) {
                own |= name.equalsIgnoreCase(Profile.OWN_WEEKLY);
                for (int t = 0; t < topics.size(); t++) {
                    if (topics.get(t).name().equalsIgnoreCase(name.strip())) {
                        chosen.add(t);
                    }
                }
            }
            boolean interests = !p.topics().isEmpty() || !p.keywords().isEmpty();
            if (chosen.isEmpty() && !own) {
                OptionalInt near = interests ? nearest.of(p, fields) : OptionalInt.empty();
                own = interests && near.isEmpty();
                near.ifPresent(chosen::add);
                if (!interests && !topics.isEmpty()) {
                    // nothing but followed authors: no field to make an issue of, so the operator's first
                    chosen.add(0);
                }
            }
            chosen.forEach(t -> byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(reader));
            if (own && interests) {
                byOwn.computeIfAbsent(own(p), x -> new ArrayList<>()).add(reader);
            }
        }
    }

    /** The reader's interests as a field: no authors (the weekly issue is about the field, not who wrote what). */
    static Own own(Profile p) {
        Profile field = new Profile(p.topics(), List.of(), p.keywords(), p.avoid(), p.categories(), 500, 8, ZoneId.of("UTC"),
                Frequency.WEEKLY);
        List<String> labels = new ArrayList<>(p.topics().stream().map(Topic::label).toList());
        if (labels.isEmpty()) {
            labels.addAll(p.keywords());
        }
        String title = labels.size() == 1 ? labels.get(0)
                : labels.size() <= 3 ? String.join(", ", labels.subList(0, labels.size() - 1)) + " & " + labels.get(labels.size() - 1)
                : String.join(", ", labels.subList(0, 2)) + " & more";
        StringBuilder criteria = new StringBuilder();
        p.topics().forEach(t -> criteria.append(t.name()).append('\u0000').append(t.keep()).append('\u0000').append(t.filter()).append('\n'));
        criteria.append(p.keywords()).append('\n').append(p.avoid()).append('\n').append(p.categories());
        return new Own(title, field, "own-" + hash(criteria.toString().toLowerCase(Locale.ROOT)));
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
