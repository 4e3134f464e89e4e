package org.paperboy.subscriber;

import java.util.regex.Pattern;

/**
 * Whether a label ("Relevant:", "Filter:") or the sentence before a list ("Please leave these out:")
 * asks for its subjects or against them. Readers word it many ways; words that say "against" are
 * looked for first, as "not relevant" and "don't like" hold a word that says "for".
 */
enum Polarity {
    KEEP, LEAVE_OUT, UNKNOWN;

    private static final Pattern AGAINST = Pattern.compile("\\b(irrelevant|not|no|never|filter(ed|s)?|exclud(e|ed|ing)"
            + "|skip(ped)?|leave|left|ignore[ds]?|avoid(ed)?|don'?t|doesn'?t|do not|unless|except|out of scope|off[- ]topic"
            + "|uninterest(ed|ing)|less|rarely|without|drop(ped)?|omit(ted)?|reject(ed)?|boring|unwanted|negative|dislike)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR = Pattern.compile("\\b(relevant|keep|include[ds]?|including|interest(s|ed|ing)?|like[ds]?"
            + "|enjoy[s]?|follows?|want(ed)?|keywords?|topics?|focus|care|love[ds]?|prefer(red)?|looking|subjects?"
            + "|examples?|e\\.g|such as|also|positive|favou?rites?|areas?|send)\\b", Pattern.CASE_INSENSITIVE);

    static Polarity of(String text) {
        if (AGAINST.matcher(text).find()) {
            return LEAVE_OUT;
        }
        return FOR.matcher(text).find() ? KEEP : UNKNOWN;
    }
}
