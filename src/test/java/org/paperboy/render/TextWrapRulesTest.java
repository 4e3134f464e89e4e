package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;

/**
 * TextWrap against the rules written the plain way (regular expressions, one pass per rule) on real
 * abstracts cut into lines of every kind, and wrapInner against wrapping the whole mail.
 */
class TextWrapRulesTest {

    private static final Pattern NUMBERED = Pattern.compile(" *(?:\\d+\\.|-) ");

    @Test
    void wrapFollowsTheRulesOnRealAndAwkwardText() {
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            String text = mail(random);
            int width = random.nextInt(4) == 0 ? 10 + random.nextInt(60) : 78;
            assertThat(TextWrap.wrap(text, width)).as("case %d", i).isEqualTo(rules(text, width));
        }
    }

    @Test
    void linesWrappedInsideAPieceComeOutAsTheWholeMailWrapped() {
        Random random = new Random(5);
        for (int i = 0; i < 3000; i++) {
            String before = mail(random);
            String piece = mail(random);
            String after = mail(random);
            String inner = TextWrap.wrapInner(piece, 78, line -> line.contains("Why:"));
            assertThat(TextWrap.wrap(before + inner + after, 78)).as("case %d", i)
                    .isEqualTo(TextWrap.wrap(before + piece + after, 78));
        }
    }

    private static String mail(Random random) {
        List<Paper> papers = Editions.realPapers();
        List<String> lines = new ArrayList<>();
        for (int n = random.nextInt(12); n > 0; n--) {
            String words = papers.get(random.nextInt(papers.size())).abstractText();
            int from = random.nextInt(words.length());
            String line = words.substring(from, Math.min(words.length(), from + random.nextInt(400)));
            lines.add(switch (random.nextInt(13)) {
                case 0 -> "";
                case 1 -> "   ";
                case 2 -> "  " + (1 + random.nextInt(120)) + ". " + line;
                case 3 -> "- " + line;
                case 4 -> "    " + line + "  ";
                case 5 -> "Why: https://paperboy.example.org/feedback/" + "x".repeat(random.nextInt(90)) + " " + line;
                case 6 -> line.replace(' ', random.nextBoolean() ? '\t' : '\u00a0');
                case 7 -> line + "\r";
                case 8 -> "12- " + line + " ünïcödé α-β ≥ 2 · 𝔸𝔹";
                case 9 -> line.replace(" ", "   ");
                case 10 -> line.replace("e ", "e\t ");
                default -> line;
            });
        }
        return String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines) + (random.nextBoolean() ? "\n\n\n" : "");
    }

    /** The wrapping rules, each as a regular expression over the whole text. */
    private static String rules(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            for (String piece : rulesLine(line.stripTrailing(), width)) {
                out.append(piece).append('\n');
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").replaceAll("^\n+", "").stripTrailing() + "\n";
    }

    private static List<String> rulesLine(String line, int width) {
        if (line.codePoints().count() <= width) {
            return List.of(line);
        }
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        Matcher item = NUMBERED.matcher(line);
        String indent = item.lookingAt() ? " ".repeat(item.end()) : lead;
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder(lead);
        boolean empty = true;
        for (String word : line.strip().split(" +")) {
            if (!empty && current.codePoints().count() + 1 + word.codePoints().count() > width) {
                result.add(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        result.add(current.toString());
        return result;
    }
}
