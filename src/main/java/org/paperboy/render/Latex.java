package org.paperboy.render;

import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX that arXiv authors put in titles and abstracts into readable text. A mail reader shows
 * no math, so {@code $\alpha$-divergence} should read "α-divergence" rather than leak markup.
 */
final class Latex {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("omicron", "ο"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Alpha", "Α"), Map.entry("Beta", "Β"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Epsilon", "Ε"), Map.entry("Zeta", "Ζ"), Map.entry("Eta", "Η"), Map.entry("Theta", "Θ"),
            Map.entry("Iota", "Ι"), Map.entry("Kappa", "Κ"), Map.entry("Lambda", "Λ"), Map.entry("Mu", "Μ"),
            Map.entry("Nu", "Ν"), Map.entry("Xi", "Ξ"), Map.entry("Omicron", "Ο"), Map.entry("Pi", "Π"),
            Map.entry("Rho", "Ρ"), Map.entry("Sigma", "Σ"), Map.entry("Tau", "Τ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Chi", "Χ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("nabla", "∇"), Map.entry("partial", "∂"), Map.entry("infty", "∞"), Map.entry("times", "×"),
            Map.entry("cdot", "·"), Map.entry("pm", "±"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("ell", "ℓ"), Map.entry("in", "∈"), Map.entry("sum", "∑"), Map.entry("prod", "∏"),
            Map.entry("sqrt", "√"), Map.entry("log", "log"), Map.entry("exp", "exp"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("cdots", "⋯"),
            // operator names read fine as plain words
            Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("arg", "arg"), Map.entry("sup", "sup"),
            Map.entry("inf", "inf"), Map.entry("lim", "lim"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("det", "det"), Map.entry("Pr", "Pr"));

    private static final Set<String> RELATIONS = Set.of("≤", "≥", "≠", "≈", "→", "←", "∈", "×", "±");

    /** Commands whose argument is simply the text to show. */
    private static final Pattern WRAPPER = Pattern.compile(
            "\\\\(?:emph|textbf|textit|texttt|textsc|textrm|text|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|"
                    + "operatorname|underline|url)\\s*\\{([^{}]*)}");
    // LaTeX swallows the space after a command word: "$\\nabla f$" is ∇f, while "$\\geq 2$" reads better as ≥ 2
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)(?![A-Za-z])( (?=[A-Za-z]))?");
    private static final Pattern QUOTE = Pattern.compile("``(.*?)''");
    private static final Pattern MATH_DELIMITER = Pattern.compile("(?<!\\\\)\\$+");

    private Latex() {
    }

    static String toText(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s;
        String before;
        do { // nested wrappers, e.g. \emph{\textbf{x}}, unwrap from the inside out
            before = t;
            t = WRAPPER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!t.equals(before));
        t = COMMAND.matcher(t).replaceAll(m -> Matcher.quoteReplacement(symbol(m)));
        t = MATH_DELIMITER.matcher(t).replaceAll("");
        t = t.replace("\\%", "%").replace("\\&", "&").replace("\\_", "_").replace("\\#", "#")
                .replace("\\$", "$").replace("\\{", "{").replace("\\}", "}");
        t = QUOTE.matcher(t).replaceAll("“$1”");
        t = t.replace("---", "—").replace("--", "–");
        // a tie between words ("Fig.~3") is a space; "~" after a slash is part of a URL, and "~2x" typed
        // after a space means "about", so both stay
        t = t.replaceAll("(?<=[^\\s/])~(?=\\S)", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static String symbol(MatchResult command) {
        String symbol = SYMBOLS.get(command.group(1));
        if (symbol == null) {
            return command.group(); // an unknown command stays as written: guessing would garble it worse
        }
        if (RELATIONS.contains(symbol)) {
            return " " + symbol + " "; // LaTeX spaces relations itself: "δ\\geq 2" reads δ ≥ 2
        }
        boolean word = symbol.length() > 1; // "\\log n" must stay "log n", not "logn"
        return word && command.group(2) != null ? symbol + " " : symbol;
    }
}
