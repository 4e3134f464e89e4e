package org.paperboy.render;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The parts of the sign-up and preference form that are lists: the time zones to pick from, and the topics' own fields. */
final class FormChoices {

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private FormChoices() {
    }

    /** Every IANA zone, sorted, {@code current} selected (added when the list lacks it, so a save keeps it); UTC when blank. */
    static List<Map<String, Object>> zones(String current) {
        String selected = current == null || current.isBlank() ? "UTC" : current.strip();
        List<Map<String, Object>> out = new ArrayList<>(ZONES.size() + 1);
        if (!ZONES.contains(selected)) {
            out.add(Map.of("id", selected, "selected", true));
        }
        for (String zone : ZONES) {
            out.add(Map.of("id", zone, "selected", zone.equals(selected)));
        }
        return out;
    }

    /**
     * The topics in their own fields ("topic.0.name", ".keep", ".filter", ".remove"), in order; when
     * {@code withBlank}, one blank topic more for a new one, unless the fields have a blank one already.
     */
    static List<Map<String, Object>> topics(Map<String, String> values, boolean withBlank) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean blank = false;
        for (int i = 0; i < 100; i++) {
            String p = "topic." + i + ".";
            if (!values.containsKey(p + "name") && !values.containsKey(p + "keep") && !values.containsKey(p + "filter")) {
                continue;
            }
            Map<String, Object> t = topic(out.size(), values.getOrDefault(p + "name", ""), values.getOrDefault(p + "keep", ""),
                    values.getOrDefault(p + "filter", ""));
            t.put("remove", !values.getOrDefault(p + "remove", "").isEmpty());
            blank |= (boolean) t.get("blank");
            out.add(t);
        }
        if (withBlank && !blank) {
            Map<String, Object> t = topic(out.size(), "", "", "");
            t.put("remove", false);
            out.add(t);
        }
        return out;
    }

    private static Map<String, Object> topic(int index, String name, String keep, String filter) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("index", index);
        t.put("number", index + 1);
        t.put("name", name.strip());
        t.put("keep", keep.strip());
        t.put("filter", filter.strip());
        t.put("blank", name.isBlank() && keep.isBlank() && filter.isBlank());
        return t;
    }
}
