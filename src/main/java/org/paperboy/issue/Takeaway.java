package org.paperboy.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.Paper;

/**
 * The week's key takeaway, composed: the headline finding of its breakthroughs (what one of them showed,
 * in the words of its evidence after "show that"), then what its largest direction is and whether its
 * breakthroughs belong to it or open other ones. Never a sentence of one paper.
 */
final class Takeaway {

    private static final String[] COUNT = {"none", "one", "two", "three", "four", "five", "six"};
    /** "Experiments show that X", "the authors find that X": X is what was found. */
    private static final Pattern FOUND = Pattern.compile("\\b(?:shows?|showed|demonstrates?|demonstrated|finds?|found|reveals?|"
            + "revealed|confirms?|confirmed|establish(?:es)?|prove[sd]?) that\\s+");
    /** Where a finding's main clause ends: the support and the figures after it are the evidence's to give. */
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s(?:as |which |while |whereas |thereby |suggesting |"
            + "indicating |highlighting |demonstrating |providing |offering |enabling |confirming )|;\\s");
    private static final int MOST_WORDS = 40;

    private Takeaway() {
    }

    static String of(List<WeeklyEdition.Breakthrough> breakthroughs, List<Trends.Group> trends, Audience audience) {
        if (breakthroughs.isEmpty()) {
            return "";
        }
        int headlined = headlined(breakthroughs);
        String headline = headline(breakthroughs, headlined);
        String direction = direction(breakthroughs, trends, audience, headlined);
        return headline.isEmpty() ? direction : direction.isEmpty() ? headline : headline + " " + direction;
    }

    /** Which breakthrough the headline is about (its index), or -1 when the week has no headline. */
    static int headlined(List<WeeklyEdition.Breakthrough> breakthroughs) {
        for (int n = 0; n < breakthroughs.size(); n++) {
            for (String evidence : breakthroughs.get(n).evidence()) {
                if (!finding(evidence).isEmpty()) {
                    return n;
                }
            }
        }
        return -1;
    }

    /**
     * "The week's headline: RLHFless achieves up to 1.35x speedup ..." from the first breakthrough whose
     * evidence reports what it found in a clause that stands alone; "" when none does.
     */
    static String headline(List<WeeklyEdition.Breakthrough> breakthroughs) {
        return headline(breakthroughs, headlined(breakthroughs));
    }

    /** The headline from breakthrough {@code n} ({@link #headlined}), or "" when {@code n} is -1. */
    private static String headline(List<WeeklyEdition.Breakthrough> breakthroughs, int n) {
        if (n < 0) {
            return "";
        }
        WeeklyEdition.Breakthrough b = breakthroughs.get(n);
        String found = b.evidence().stream().map(Takeaway::finding).filter(f -> !f.isEmpty()).findFirst().orElseThrow();
        String label = label(b.pick().paper());
        String name = label.startsWith("“") ? "" : label; // a title in quotes is too long to follow a finding
        String whose = name.isEmpty() ? " (breakthrough " + (n + 1) + ")" : found.contains(name) ? "" : " (" + name + ")";
        return "The week's headline: " + found + whose + ".";
    }

    /** What a sentence of evidence says was found, its main clause only, or "" when it says none or it leans on others. */
    static String finding(String evidence) {
        Matcher m = FOUND.matcher(evidence);
        return m.find() ? mainClause(evidence.substring(m.end())) : "";
    }

    /** A sentence's main clause, without the support and figures after it; "" when it is too short or long, or leans. */
    private static String mainClause(String sentence) {
        String found = sentence.strip();
        Matcher end = CLAUSE_END.matcher(found);
        if (end.find()) {
            found = found.substring(0, end.start());
        }
        found = found.replaceAll("[.;:,\\s]+$", "");
        int words = Standalone.words(found);
        return words < 5 || words > MOST_WORDS || Standalone.leans(capitalize(found) + ".") ? "" : found;
    }

    /**
     * What a breakthrough found, led by its method's name ("RLHFless achieves up to 1.35x speedup and 44.8% cost
     * reduction compared to the state-of-the-art baseline"), from its evidence; "" when no finding of its evidence
     * has the method as its subject.
     */
    static String result(WeeklyEdition.Breakthrough b) {
        String name = MethodName.of(b.pick().paper().title(), b.pick().paper().abstractText());
        if (name.isEmpty()) {
            return "";
        }
        // "AsyncPatch achieves ..." for "AsyncPatch Diffusion": a name's own coined first word stands for it
        String first = name.split(" ")[0];
        java.util.function.Predicate<String> led = f -> f.startsWith(name + " ")
                || !first.equals(name) && first.chars().skip(1).anyMatch(Character::isUpperCase) && f.startsWith(first + " ");
        for (String evidence : b.evidence()) {
            String found = finding(evidence);
            if (led.test(found)) {
                return found;
            }
            // a result whose subject is the method: "AsyncPatch achieves generation quality comparable to ..."
            if (found.isEmpty() && led.test(evidence) && !Sentences.finding(evidence)) {
                String clause = mainClause(evidence);
                if (!clause.isEmpty()) {
                    return clause;
                }
            }
        }
        return "";
    }

    /**
     * What the week's largest direction is, and whether the breakthroughs belong to it or open other ones;
     * the breakthrough the headline just called by its number ({@code headlined}, or -1) is "the headline's
     * paper" here.
     */
    private static String direction(List<WeeklyEdition.Breakthrough> breakthroughs, List<Trends.Group> trends, Audience audience,
            int headlined) {
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int bare = 0;
        Trends.Group largest = trends.isEmpty() ? null : trends.get(0);
        if (largest == null && breakthroughs.size() == 1 && headlined == 0
                && label(breakthroughs.get(0).pick().paper()).startsWith("“")) {
            return ""; // the headline has said what the week's one breakthrough found, and there is no direction to set it in
        }
        for (int n = 0; n < breakthroughs.size(); n++) {
            WeeklyEdition.Breakthrough b = breakthroughs.get(n);
            String label = label(b.pick().paper());
            if (n == headlined && label.startsWith("“")) {
                label = "the headline's paper"; // it went by its number there; a name bears saying again
            } else if (label.startsWith("“") && (largest != null || breakthroughs.size() > 1)) {
                label = "breakthrough " + (n + 1); // its whole title is just above: a long quote of it here reads as a list of titles
            }
            if (largest != null && largest.papers().contains(b.pick().paper())) {
                inside.add(label);
            } else {
                String said = onDirection(label, audience.direction(b.pick().paper()));
                // a name that says its direction goes first: "PTL-Diffusion, MaskAlign on diffusion transformers and ...",
                // not "... and PTL-Diffusion", which reads as if its direction had been cut off
                outside.add(said.equals(label) ? bare++ : outside.size(), said);
            }
        }
        int k = breakthroughs.size();
        if (largest == null) {
            return k == 1 ? "The week's breakthrough is " + outside.get(0) + "."
                    : "The week's breakthroughs come from separate directions: " + list(outside) + ".";
        }
        String growth = largest.growth().word().isEmpty() ? "" : ", " + (largest.growth().word().equals("new")
                ? "new this week" : largest.growth().word());
        // the direction after the verb: "Vision-language models was the week's largest direction" did not agree
        String s = "The week's largest direction was " + largest.name() + " (" + largest.papers().size() + " papers" + growth + ")";
        // which of the direction's papers are breakthroughs, said of its papers: "from elsewhere" read as another field
        if (inside.isEmpty()) {
            return s + (k == 1 ? ", none of them the week's breakthrough, " + list(outside) + "."
                    : ", none of them a breakthrough: the week's breakthroughs are " + list(outside) + ".");
        }
        if (outside.isEmpty()) {
            return s + (k == 1 ? ", and the week's breakthrough, " + inside.get(0) + ", belongs to it."
                    : ", and all " + count(k) + " breakthroughs belong to it: " + list(inside) + ".");
        }
        return s + ", " + list(inside) + " among them; the other " + (outside.size() == 1 ? "breakthrough is " : count(outside.size())
                + " are ") + list(outside) + ".";
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
