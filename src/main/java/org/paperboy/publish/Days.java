package org.paperboy.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Announcement days said as a person would: "10 and 11 June 2026", "30 June and 1 July 2026". */
public final class Days {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private Days() {
    }

    public static String of(List<LocalDate> days) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            boolean last = i == days.size() - 1;
            boolean monthGoesOn = !last && days.get(i + 1).getMonth() == day.getMonth() && days.get(i + 1).getYear() == day.getYear();
            boolean yearGoesOn = !last && days.get(i + 1).getYear() == day.getYear();
            words.add(monthGoesOn ? String.valueOf(day.getDayOfMonth())
                    : DAY_MONTH.format(day) + (yearGoesOn ? "" : " " + day.getYear()));
        }
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
