package org.paperboy.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX super- and subscripts as text, for what {@link Latex} leaves: "Crab^{+}" reads "Crab⁺",
 * "M$^3$Eval" reads "M³Eval", "PM$_{2.5}$" reads "PM2.5", and a macro the authors defined for their
 * method's name ("\CFE{}") reads as that name. Run before {@link Latex#toText}. An underscore outside
 * math is part of a name ("LLM_annotate") and stays.
 */
final class Scripts {

    private static final String SUPER_FROM = "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
    private static final String SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    private static final Pattern TEXT_SCRIPT = Pattern.compile("\\\\text(super|sub)script\\{([^{}]*)}");
    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$([^$]*)\\$");
    private static final Pattern SUPER = Pattern.compile("\\^(?:\\{([^{}]*)}|(\\\\[A-Za-z]+|[A-Za-z0-9+\\-*]))");
    private static final Pattern SUB = Pattern.compile("_(?:\\{([^{}]*)}|([A-Za-z0-9]))");
    private static final Pattern NAME_MACRO = Pattern.compile("\\\\([A-Za-z][A-Za-z0-9]*)\\{}");

    private Scripts() {
    }

    static String toText(String s) {
        if (s == null || s.indexOf('^') < 0 && s.indexOf('_') < 0 && s.indexOf('\\') < 0) {
            return s == null ? "" : s;
        }
        String t = TEXT_SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals("super") ? raised(m.group(2)) : lowered(m.group(2))));
        t = NAME_MACRO.matcher(t).replaceAll("$1");
        t = MATH.matcher(t).replaceAll(m -> Matcher.quoteReplacement("$" + SUB.matcher(m.group(1))
                .replaceAll(x -> Matcher.quoteReplacement(lowered(x.group(1) != null ? x.group(1) : x.group(2)))) + "$"));
        // a caret is a superscript inside math and out: titles write "Benchmark^2" and "Crab^{+}" without dollars
        return SUPER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(raised(m.group(1) != null ? m.group(1) : m.group(2))));
    }

    private static String raised(String x) {
        String v = x.strip();
        if (v.equals("\\circ")) {
            return "°";
        }
        if (v.equals("\\prime") || v.equals("'")) {
            return "′";
        }
        if (v.equals("*") || v.equals("\\ast") || v.equals("\\star")) {
            return "*";
        }
        String mapped = map(v, SUPER_FROM, SUPER_TO);
        return mapped != null ? mapped : v.length() == 1 ? "^" + v : "^(" + v + ")";
    }

    private static String lowered(String x) {
        String v = x.strip();
        String mapped = map(v, SUB_FROM, SUB_TO);
        if (mapped != null) {
            return mapped;
        }
        // "PM_{2.5}" reads fine as PM2.5; anything else keeps its underscore so it is not mistaken for one word
        return v.matches("[0-9.,]+") ? v : v.length() == 1 ? "_" + v : "_(" + v + ")";
    }

    /** Each character mapped, or null when one of them has no such form. */
    private static String map(String v, String from, String to) {
        if (v.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            int at = from.indexOf(v.charAt(i));
            if (at < 0) {
                return null;
            }
            out.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, at)));
        }
        return out.toString();
    }
}
