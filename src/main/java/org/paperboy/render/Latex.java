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
            Map.entry("dots", "…"), Map.entry("cdots", "⋯"), Map.entry("vdots", "⋮"), Map.entry("circ", "∘"),
            Map.entry("degree", "°"), Map.entry("gg", "≫"), Map.entry("ll", "≪"), Map.entry("gtrsim", "≳"),
            Map.entry("lesssim", "≲"), Map.entry("wedge", "∧"), Map.entry("vee", "∨"), Map.entry("cap", "∩"),
            Map.entry("cup", "∪"), Map.entry("int", "∫"), Map.entry("bigstar", "★"), Map.entry("star", "⋆"),
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"),
            Map.entry("lceil", "⌈"), Map.entry("rceil", "⌉"), Map.entry("mid", "|"), Map.entry("vert", "|"),
            Map.entry("Vert", "‖"), Map.entry("top", "⊤"), Map.entry("prime", "′"), Map.entry("propto", "∝"),
            Map.entry("equiv", "≡"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"), Map.entry("forall", "∀"),
            Map.entry("exists", "∃"), Map.entry("neg", "¬"), Map.entry("mapsto", "↦"), Map.entry("Rightarrow", "⇒"),
            Map.entry("iff", "⇔"), Map.entry("emptyset", "∅"), Map.entry("varnothing", "∅"), Map.entry("dagger", "†"),
            Map.entry("bullet", "•"), Map.entry("ne", "≠"), Map.entry("oplus", "⊕"), Map.entry("otimes", "⊗"),
            Map.entry("simeq", "≃"), Map.entry("cong", "≅"), Map.entry("perp", "⊥"), Map.entry("setminus", "∖"),
            Map.entry("longrightarrow", "⟶"), Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"),
            Map.entry("varrho", "ρ"), Map.entry("varsigma", "ς"), Map.entry("varpi", "ϖ"), Map.entry("hbar", "ℏ"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("colon", ":"), Map.entry("triangleq", "≜"),
            // operator names read fine as plain words
            Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("arg", "arg"), Map.entry("sup", "sup"),
            Map.entry("inf", "inf"), Map.entry("lim", "lim"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("det", "det"), Map.entry("Pr", "Pr"));

    private static final Set<String> RELATIONS = Set.of("≤", "≥", "≠", "≈", "→", "←", "∈", "×", "±", "≫", "≪", "≳", "≲",
            "≡", "⇒", "⇔", "≃", "≅", "∝", "⊂", "⊆", "≜", "⟶");

    /** Commands whose argument is simply the text to show. */
    private static final Pattern WRAPPER = Pattern.compile(
            "\\\\(?:emph|textbf|textit|texttt|textsc|textrm|text|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|"
                    + "operatorname|underline|url|textsf)\\s*\\{([^{}]*)}");
    // LaTeX swallows the space after a command word: "$\\nabla f$" is ∇f, while "$\\geq 2$" reads better as ≥ 2
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)(?![A-Za-z])( (?=[A-Za-z]))?");
    private static final Pattern QUOTE = Pattern.compile("``(.*?)''");
    private static final Pattern MATH_DELIMITER = Pattern.compile("(?<!\\\\)\\$+|\\\\[()\\[\\]]");
    /** "14\\times faster" is a factor, "256\\times256" a product: only the product keeps its spaces. */
    private static final Pattern MULTIPLIER = Pattern.compile("(?<=\\p{N}) × (?!\\s*[\\p{N}\\p{L}(])|(?<=\\p{N}) ×(?= \\p{L}{2})");
    /**
     * Markdown's bold, which some authors type in an abstract ("we propose **Lean4Agent**"): its stars go,
     * its words stay. Only around words, so "x**2" (a power) is left alone.
     */
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("(?<![\\w*])\\*\\*(\\S(?:[^*\\n]*\\S)?)\\*\\*(?![\\w*])");
    /** Spacing commands: a thin or wide space, a negative one, a line break. */
    private static final Pattern SPACING = Pattern.compile("\\\\[,;: ]|\\\\\\\\");
    /** Stand-ins for escaped braces and underscores while the real ones are worked out (no abstract holds them). */
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final char UNDERSCORE = '\u0003';
    private static final char CARET = '\u0004';

    private Latex() {
    }

    static String toText(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.replace("\\{", String.valueOf(OPEN)).replace("\\}", String.valueOf(CLOSE))
                .replace("\\_", String.valueOf(UNDERSCORE)).replace("\\^", String.valueOf(CARET));
        t = LatexArguments.expand(t);
        String before;
        do { // nested wrappers, e.g. \emph{\textbf{x}}, unwrap from the inside out
            before = t;
            t = WRAPPER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!t.equals(before));
        t = SPACING.matcher(t).replaceAll(" ").replace("\\!", "");
        String commands = t;
        t = COMMAND.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                (m.start() > 0 && Character.isLetterOrDigit(commands.charAt(m.start() - 1)) && word(m) ? " " : "") + symbol(m)));
        t = LatexScripts.convert(t);
        t = t.replace("{", "").replace("}", ""); // what is left of groups: "K_P{=}0", "\\ours{}"
        t = MATH_DELIMITER.matcher(t).replaceAll("");
        t = t.replace("\\%", "%").replace("\\&", "&").replace("\\#", "#").replace("\\$", "$")
                .replace(OPEN, '{').replace(CLOSE, '}').replace(UNDERSCORE, '_').replace(CARET, '^');
        t = QUOTE.matcher(t).replaceAll("“$1”");
        t = MARKDOWN_BOLD.matcher(t).replaceAll("$1");
        // a hyphen between spaces is a dash ("six atomic capabilities - Concentration, ... -")
        t = t.replace("---", "—").replace("--", "–").replace(" - ", " – ");
        // a tie between words ("Fig.~3") is a space; "~" after a slash is part of a URL, and "~2x" typed
        // after a space means "about", so both stay
        t = t.replaceAll("(?<=[^\\s/])~(?=\\S)", " ");
        // an accent written as a combining mark ("\\hat{o}") joins its letter where Unicode has the pair (ô)
        t = MULTIPLIER.matcher(t.replaceAll("\\s+", " ")).replaceAll("×");
        return java.text.Normalizer.normalize(t.strip(), java.text.Normalizer.Form.NFC);
    }

    /** True for a command that prints a word ("\\log"): after a letter, "k\\log n" reads "k log n". */
    private static boolean word(MatchResult command) {
        String symbol = SYMBOLS.get(command.group(1));
        return symbol != null && symbol.length() > 1 && Character.isLetter(symbol.charAt(0));
    }

    private static String symbol(MatchResult command) {
        String symbol = SYMBOLS.get(command.group(1));
        if (symbol == null) {
            // an author's own macro ("\\ours", "\\MethodMotion"): its name reads better than its backslash
            return command.group(1) + (command.group(2) == null ? "" : " ");
        }
        if (RELATIONS.contains(symbol)) {
            return " " + symbol + " "; // LaTeX spaces relations itself: "δ\\geq 2" reads δ ≥ 2
        }
        boolean word = symbol.length() > 1; // "\\log n" must stay "log n", not "logn"
        return word && command.group(2) != null ? symbol + " " : symbol;
    }
}
