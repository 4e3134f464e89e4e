package org.paperboy.render;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser view of a daily issue shows every abstract whole: the mail's short abstract, marked by the
 * template's {@code <!--abstract:ID-->} and {@code <!--/abstract-->} comments, with its "Whole abstract"
 * link, gives way to the paper's abstract as stored (between the same marks).
 */
public final class WholeAbstracts {

    private static final Pattern MARKED = Pattern.compile("<!--abstract:([0-9A-Za-z./-]+)-->.*?<!--/abstract-->", Pattern.DOTALL);

    private WholeAbstracts() {
    }

    /** The HTML with each marked abstract whole; one whose paper {@code abstractOf} does not know stays short. */
    public static String expand(String html, Function<String, Optional<String>> abstractOf) {
        Matcher m = MARKED.matcher(html);
        return m.replaceAll(found -> Matcher.quoteReplacement(abstractOf.apply(found.group(1))
                .map(text -> "<!--abstract:" + found.group(1) + "-->" + Templates.asciiHtml(Latex.toText(text)) + "<!--/abstract-->")
                .orElse(found.group())));
    }
}
