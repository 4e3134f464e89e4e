package org.paperboy.render;

import java.util.Map;
import java.util.Set;

/**
 * The LaTeX commands that take arguments in braces, written out as the text a reader would say:
 * {@code \href{url}{code}} is "code (url)", {@code \frac{1}{p}} is "1/p", a citation is left out. Arguments
 * may nest ({@code \frac{1}{2\sqrt{2}}}); an argument without braces is the next character or command,
 * as in LaTeX ({@code \sqrt 2}, {@code \mathbb R}).
 */
final class LatexArguments {

    /** Commands that vanish with their argument: references the mail cannot follow, layout, colour. */
    private static final Set<String> DROPPED = Set.of("cite", "citep", "citet", "citealp", "citeauthor", "citeyear",
            "ref", "eqref", "autoref", "cref", "Cref", "label", "color", "vspace", "hspace", "vspace*", "hspace*",
            "footnotemark", "thanks", "pct");
    /** Commands that show their (only, or last) argument as it is. */
    private static final Set<String> SHOWN = Set.of("num", "textup", "textnormal", "textmd", "mathtt", "boldsymbol",
            "bm", "mbox", "hbox", "textsf", "mathsf", "textsl");
    /** Sizing and font switches with no argument of their own: the delimiter or text after them stays. */
    private static final Set<String> SWITCHES = Set.of("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
            "Bigl", "Bigr", "biggl", "biggr", "middle", "em", "bf", "it", "rm", "sf", "tt", "sc", "displaystyle",
            "textstyle", "scriptstyle", "normalsize", "small", "footnotesize", "large", "Large", "noindent");
    /** Accents over one letter, as the combining mark that follows it. */
    private static final Map<String, Character> ACCENTS = Map.of("hat", '\u0302', "widehat", '\u0302', "tilde", '\u0303',
            "widetilde", '\u0303', "bar", '\u0304', "overline", '\u0305', "vec", '\u20D7', "dot", '\u0307', "ddot", '\u0308');
    private static final Map<String, String> BLACKBOARD = Map.of("R", "ℝ", "N", "ℕ", "Z", "ℤ", "Q", "ℚ", "C", "ℂ");
    private static final int[] NONE = {};
    /** One letter, perhaps in a font command: what an accent goes over. */
    private static final java.util.regex.Pattern ONE_LETTER = java.util.regex.Pattern.compile("(?:\\\\[A-Za-z]+\\{)?(\\p{L})}?");

    private LatexArguments() {
    }

    static String expand(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int end = nameEnd(s, i + 1);
            if (end < s.length() && s.charAt(end) == '*' && end > i + 1) {
                end++;
            }
            int before = out.length();
            int next = command(s, s.substring(i + 1, end), end, out);
            if (next >= 0 && out.length() > before && Character.isLetter(out.charAt(before)) && endsInCommand(out, before)) {
                out.insert(before, ' '); // "\\in\\mathbb{F}" must not become "\\inF"
            }
            if (next < 0) { // not one of these: left as it is, with an escaped character kept whole
                next = end > i + 1 ? end : Math.min(s.length(), i + 2);
                out.append(s, i, next);
            }
            i = next;
        }
        return out.toString();
    }

    /** Writes out the command {@code name} whose arguments start at {@code at}; where the text goes on, or -1 to leave it. */
    private static int command(String s, String name, int at, StringBuilder out) {
        if (SWITCHES.contains(name)) {
            int next = at;
            if ((name.equals("left") || name.equals("right")) && next < s.length() && s.charAt(next) == '.') {
                next++; // an invisible delimiter
            }
            return next;
        }
        if (DROPPED.contains(name)) {
            int next = skipOptional(s, at);
            int[] arg = argument(s, next);
            if (arg == NONE && !name.equals("pct")) {
                return -1;
            }
            // "paradigm~\cite{x}" and "methods \cite{x}" lose the space before the citation too
            while (out.length() > 0 && (out.charAt(out.length() - 1) == '~' || out.charAt(out.length() - 1) == ' ')) {
                out.setLength(out.length() - 1);
            }
            out.append(name.equals("pct") ? "%" : "");
            return arg == NONE ? next : arg[2];
        }
        int[] first = argument(s, name.equals("sqrt") ? skipOptional(s, at) : at);
        if (first == NONE) {
            return -1;
        }
        String a = expand(s.substring(first[0], first[1]));
        if (SHOWN.contains(name)) {
            out.append(a);
            return first[2];
        }
        if (name.equals("footnote")) {
            out.append(" (").append(a.strip()).append(')');
            return first[2];
        }
        if (ACCENTS.containsKey(name)) {
            java.util.regex.Matcher letter = ONE_LETTER.matcher(a);
            out.append(letter.matches() ? letter.group(1) : a);
            if (letter.matches()) {
                out.append(ACCENTS.get(name));
            }
            return first[2];
        }
        if (name.equals("mathbb")) {
            out.append(BLACKBOARD.getOrDefault(a.strip(), a));
            return first[2];
        }
        if (name.equals("sqrt")) {
            out.append('√').append(grouped(a));
            return first[2];
        }
        if (!Set.of("href", "textcolor", "frac", "dfrac", "tfrac", "binom").contains(name)) {
            return -1;
        }
        int[] second = argument(s, first[2]);
        if (second == NONE) {
            return -1;
        }
        String b = expand(s.substring(second[0], second[1]));
        switch (name) {
            case "href" -> out.append(b.strip().equals(a.strip()) ? a : b + " (" + a + ")");
            case "textcolor" -> out.append(b);
            case "binom" -> out.append("C(").append(a).append(", ").append(b).append(')');
            default -> out.append(grouped(a)).append('/').append(grouped(b));
        }
        return second[2];
    }

    /** A fraction's or root's part, in parentheses when it is more than one term. */
    private static String grouped(String part) {
        String p = part.strip();
        boolean simple = p.matches("[\\p{L}\\p{N}.]+|\\\\[A-Za-z]+|[\\p{L}\\p{N}.]+\\^[\\p{N}\\p{L}]")
                || p.matches("\\((?:[^()]|\\([^()]*\\))*\\)(?:\\^\\w)?");
        return simple || p.isEmpty() ? p : "(" + p + ")";
    }

    private static int skipOptional(String s, int at) {
        int i = skipSpaces(s, at);
        if (i < s.length() && s.charAt(i) == '[') {
            int close = s.indexOf(']', i);
            return close < 0 ? at : close + 1;
        }
        return at;
    }

    /**
     * The argument starting at {@code at}: {start, end, next} of a braced group's inside, or of the next
     * character or command when there are no braces; {@link #NONE} when there is none.
     */
    private static int[] argument(String s, int at) {
        int i = skipSpaces(s, at);
        if (i >= s.length()) {
            return NONE;
        }
        char c = s.charAt(i);
        if (c == '{') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '\\') {
                    j++; // an escaped brace does not open or close
                } else if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return new int[] {i + 1, j, j + 1};
                }
            }
            return NONE;
        }
        if (c == '\\') {
            int end = nameEnd(s, i + 1);
            return end == i + 1 ? NONE : new int[] {i, end, end};
        }
        if (c == '}' || c == '$') {
            return NONE;
        }
        int next = s.offsetByCodePoints(i, 1);
        return new int[] {i, next, next};
    }

    private static boolean endsInCommand(StringBuilder out, int at) {
        int i = at;
        while (i > 0 && Character.isLetter(out.charAt(i - 1)) && out.charAt(i - 1) < 128) {
            i--;
        }
        return i < at && i > 0 && out.charAt(i - 1) == '\\';
    }

    /** Where a command's name that starts at {@code from} ends: names are ASCII letters ("\\fracπβ" is \\frac, π, β). */
    private static int nameEnd(String s, int from) {
        int end = from;
        while (end < s.length() && (s.charAt(end) >= 'a' && s.charAt(end) <= 'z' || s.charAt(end) >= 'A' && s.charAt(end) <= 'Z')) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
