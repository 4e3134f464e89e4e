package org.paperboy.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Superscripts and subscripts as plain text: Unicode's small digits and signs where every character has
 * one ({@code T^{2}} is "T²", {@code \ell_2} "ℓ₂", {@code 10^{-3}} "10⁻³", {@code ^\circ} "°"), the
 * caret or underscore kept where not ({@code DCIC_{RD}} is "DCIC_RD", {@code S^{d-1}} "S^(d-1)"): small
 * letters beyond a few render unevenly in mail fonts. Web addresses are left alone.
 */
final class LatexScripts {

    private static final String PLAIN = "0123456789+-−=()";
    private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** What reads fine after a bare caret or underscore: one word or number. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}.,:*′]+");

    private LatexScripts() {
    }

    static String convert(String s) {
        if (s.indexOf('^') < 0 && s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher url = URL.matcher(s);
        int at = 0;
        while (url.find()) {
            scripts(s.substring(at, url.start()), out);
            out.append(url.group());
            at = url.end();
        }
        scripts(s.substring(at), out);
        return out.toString();
    }

    private static void scripts(String s, StringBuilder out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '^' || c == '_' ? end(s, i + 1) : -1;
            if (end < 0 || i == 0 || Character.isWhitespace(s.charAt(i - 1))) {
                out.append(c);
                i++;
                continue;
            }
            boolean braced = s.charAt(i + 1) == '{';
            String script = script(braced ? convert(s.substring(i + 2, end - 1)) : s.substring(i + 1, end), c == '^');
            out.append(script);
            if (braced && script.length() > 1 && (script.charAt(0) == '^' || script.charAt(0) == '_') && script.charAt(1) != '('
                    && end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                out.append(' '); // "c_inf^TGT k", not "c_inf^TGTk"
            }
            i = end;
        }
    }

    /** Where the script that starts at {@code from} ends: a braced group, a run of digits, or one character; -1 for none. */
    private static int end(String s, int from) {
        if (from >= s.length()) {
            return -1;
        }
        char c = s.charAt(from);
        if (c == '{') {
            int depth = 0;
            for (int j = from; j < s.length(); j++) {
                if (s.charAt(j) == '{') {
                    depth++;
                } else if (s.charAt(j) == '}' && --depth == 0) {
                    return j + 1;
                }
            }
            return -1;
        }
        int j = c == '-' || c == '+' ? from + 1 : from; // "10^-15" is typed for 10⁻¹⁵
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j > from + 1 || j > from && Character.isDigit(c)) {
            return j;
        }
        return Character.isWhitespace(c) || "}^_)],.;:".indexOf(c) >= 0 ? -1 : s.offsetByCodePoints(from, 1);
    }

    private static String script(String content, boolean sup) {
        String c = content.replace("{", "").replace("}", "").strip();
        if (sup && (c.equals("∘") || c.equals("°") || c.equals("o") && content.startsWith("{"))) {
            return "°";
        }
        if (sup && (c.equals("T") || c.equals("⊤"))) {
            return "ᵀ";
        }
        if (c.equals("*") || c.equals("′") || c.equals("'")) {
            return c.equals("'") ? "′" : c;
        }
        String small = small(c, sup ? SUPER : SUB);
        if (small != null) {
            return small;
        }
        if (sup && (c.equals("n") || c.equals("i"))) {
            return c.equals("n") ? "ⁿ" : "ⁱ";
        }
        String mark = sup ? "^" : "_";
        return TOKEN.matcher(c).matches() ? mark + c : mark + "(" + c + ")";
    }

    /** The text in small characters, or null when one of them has none. */
    private static String small(String text, String table) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = PLAIN.indexOf(text.charAt(i));
            if (at < 0) {
                return null;
            }
            out.append(table.charAt(at));
        }
        return out.toString();
    }
}
