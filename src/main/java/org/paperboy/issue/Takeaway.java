package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.Paper;

/**
 * The week's key takeaway, composed: what its largest direction is and whether its breakthroughs
 * belong to it or open other ones. Never a sentence of one paper.
 */
final class Takeaway {

    private static final String[] COUNT = {"none", "one", "two", "three", "four", "five", "six"};

    private Takeaway() {
    }

    static String of(List<WeeklyEdition.Breakthrough> breakthroughs, List<Trends.Group> trends, Audience audience) {
        if (breakthroughs.isEmpty()) {
            return "";
        }
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        Trends.Group largest = trends.isEmpty() ? null : trends.get(0);
        for (WeeklyEdition.Breakthrough b : breakthroughs) {
            String label = label(b.pick().paper());
            if (largest != null && largest.papers().contains(b.pick().paper())) {
                inside.add(label);
            } else {
                outside.add(onDirection(label, audience.direction(b.pick().paper())));
            }
        }
        int k = breakthroughs.size();
        if (largest == null) {
            return k == 1 ? "The week's breakthrough is " + outside.get(0) + "."
                    : "The week's breakthroughs come from separate directions: " + list(outside) + ".";
        }
        String growth = largest.growth().word().isEmpty() ? "" : ", " + (largest.growth().word().equals("new")
                ? "new this week" : largest.growth().word());
        String s = capitalize(largest.name()) + " was the week's largest direction (" + largest.papers().size() + " papers"
                + growth + ")";
        if (inside.isEmpty()) {
            return s + ", while " + (k == 1 ? "the breakthrough comes from elsewhere: " : "the breakthroughs come from elsewhere: ")
                    + list(outside) + ".";
        }
        if (outside.isEmpty()) {
            return s + (k == 1 ? ", and the week's breakthrough, " + inside.get(0) + ", belongs to it."
                    : ", and all " + count(k) + " breakthroughs belong to it: " + list(inside) + ".");
        }
        return s + ", and " + (inside.size() == 1 ? "breakthrough " + inside.get(0) + " belongs to it"
                : count(inside.size()) + " of the " + count(k) + " breakthroughs belong to it (" + list(inside) + ")")
                + "; " + (outside.size() == 1 ? "the other is " : "the others are ") + list(outside) + ".";
    }

    /**
     * What the paper calls its method when its title names it too, else its title (the part before a
     * colon, when that is short): a benchmark the abstract introduces on the side does not stand for a
     * paper whose title is about something else.
     */
    static String label(Paper paper) {
        String title = paper.title();
        String name = MethodName.of(title, paper.abstractText());
        if (!name.isEmpty() && title.contains(name)) {
            return name;
        }
        int colon = title.indexOf(": ");
        String shortTitle = colon > 0 && Standalone.words(title.substring(0, colon)) <= 6 ? title.substring(0, colon) : title;
        return "“" + shortTitle + "”";
    }

    /** "Forge-and-Quench on multimodal understanding"; a title that names its direction says it already. */
    static String onDirection(String label, String term) {
        boolean said = term.isEmpty() || label.toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
        return said ? label : label + " on " + Phrases.plural(term);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String count(int n) {
        return n < COUNT.length ? COUNT[n] : String.valueOf(n);
    }

    private static String capitalize(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
