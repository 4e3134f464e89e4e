package org.paperboy.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.paperboy.render.Links;
import org.paperboy.render.RenderedIssue;
import org.paperboy.subscriber.Subscriber;
import org.paperboy.subscriber.Tokens;

/** What daily and weekly issues share: the reader's signed links, Message-IDs and preview files. */
public final class IssueSupport {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters, digits, '-' and '_': all of them allowed in a Message-ID. */
    private static final Base64.Encoder ID_CHARS = Base64.getUrlEncoder().withoutPadding();

    private final Tokens tokens;
    private final String baseUrl;
    private final String mailDomain;

    public IssueSupport(Tokens tokens, String baseUrl, String fromAddress) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.mailDomain = fromAddress.substring(fromAddress.indexOf('@') + 1);
    }

    /**
     * The reader's links, with the browser view of their issue of that kind and date. Each carries a token
     * for its own purpose: a forwarded mail's "more like this" or "view in browser" link opens neither
     * the reader's preferences nor their unsubscribe page.
     */
    Links links(Subscriber reader, String kind, Object date) {
        return new Links(
                baseUrl + "/unsubscribe/" + tokens.issue(Tokens.Purpose.UNSUBSCRIBE, reader.id()),
                baseUrl + "/preferences/" + tokens.issue(Tokens.Purpose.PREFERENCES, reader.id()),
                baseUrl + "/feedback/" + tokens.issue(Tokens.Purpose.FEEDBACK, reader.id()) + "/",
                baseUrl + "/view/" + tokens.issue(Tokens.Purpose.VIEW, reader.id()) + "/" + kind + "/" + date);
    }

    /** Links for the public web archive: no one's personal links. */
    Links publicLinks() {
        return new Links(baseUrl + "/archive", baseUrl + "/archive", "", "");
    }

    /**
     * Unique, and fixed when the issue is stored so a retry sends the same one: the kind, day and reader,
     * and 96 random bits in 16 characters (a UUID's 36 took about 40 bytes more a reader-day, with its index).
     */
    String messageId(String kind, Object date, Subscriber reader) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return kind + "." + date + "." + reader.id() + "." + ID_CHARS.encodeToString(random) + "@" + mailDomain;
    }

    static void writePreview(Path dir, String name, RenderedIssue rendered) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(base + ".html"), rendered.html());
            Files.writeString(dir.resolve(base + ".txt"), rendered.text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview to " + dir, e);
        }
    }
}
