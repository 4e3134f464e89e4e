package org.paperboy.deliver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Delivery rows by state, said in words for the terminal and the admin page: "16 sent, 1 to retry later". */
public final class DeliveryCounts {

    /** The states in the order a reader of the summary cares about them, each with its words. */
    private static final Map<String, String> WORDS = new java.util.LinkedHashMap<>();

    static {
        WORDS.put("sent", "sent");
        WORDS.put("queued", "queued");
        WORDS.put("sending", "being sent");
        WORDS.put("retry", "to retry later");
        WORDS.put("paused", "paused");
        WORDS.put("failed", "failed for good");
        WORDS.put("suppressed", "not sent (address suppressed)");
        WORDS.put("cancelled", "cancelled");
    }

    private DeliveryCounts() {
    }

    /** E.g. "16 sent, 1 to retry later"; "no deliveries" when there are none. */
    public static String describe(Map<String, Integer> byState) {
        List<String> parts = new ArrayList<>();
        WORDS.forEach((state, words) -> {
            int n = byState.getOrDefault(state, 0);
            if (n > 0) {
                parts.add(n + " " + words);
            }
        });
        byState.forEach((state, n) -> {
            if (!WORDS.containsKey(state) && n > 0) {
                parts.add(n + " " + state);
            }
        });
        return parts.isEmpty() ? "no deliveries" : String.join(", ", parts);
    }
}
