package org.paperboy.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paperboy.subscriber.Profile;

/** The weekly issues a reader can tick: the operator's topics, and one made from the reader's own interests. */
final class WeeklyChoices {

    private WeeklyChoices() {
    }

    /**
     * @param chosen the names ticked, one per line
     * @return one {value, label, checked} per choice, names chosen but no longer offered included; none
     *         when the operator offers no topics and none was chosen
     */
    static List<Map<String, Object>> of(List<String> topics, String chosen) {
        List<String> names = chosen.lines().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (topics.isEmpty() && names.isEmpty()) {
            return List.of();
        }
        Set<String> ticked = names.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String topic : topics) {
            out.add(choice(topic, topic, ticked));
        }
        out.add(choice(Profile.OWN_WEEKLY, "An issue made from my own interests", ticked));
        Set<String> offered = out.stream().map(c -> ((String) c.get("value")).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String name : names) {
            if (!offered.contains(name.toLowerCase(Locale.ROOT))) {
                // a topic the operator no longer offers stays chosen until the reader unticks it
                out.add(choice(name, name + " (no longer offered)", ticked));
            }
        }
        return out;
    }

    private static Map<String, Object> choice(String value, String label, Set<String> ticked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("label", label);
        m.put("checked", ticked.contains(value.toLowerCase(Locale.ROOT)));
        return m;
    }
}
