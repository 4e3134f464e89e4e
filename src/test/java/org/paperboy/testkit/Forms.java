package org.paperboy.testkit;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A visitor's side of the web pages over real HTTP: forms with their token, posts, links read from mail. */
public final class Forms {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Forms() {
    }

    public static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> post(String url, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form token of a page's form. */
    public static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no form token on the page: " + page);
        }
        return csrf.group(1);
    }

    /** A filled-in sign-up form for {@code email}, with a fresh token from {@code base}/subscribe. */
    public static Map<String, String> signUp(String base, String email, String topics) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("csrf", csrf(get(base + "/subscribe").body()));
        f.put("email", email);
        f.put("name", "Ada");
        f.put("topics", topics);
        f.put("authors", "");
        f.put("frequency", "daily");
        f.put("hour", "7");
        f.put("zone", "UTC");
        f.put("website", "");
        return f;
    }

    /** The text part of a mail. */
    public static String text(MimeMessage m) throws Exception {
        return m.getContent() instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) m.getContent();
    }

    /** Waits for the {@code n}th mail the server receives (mail goes out from a queue, not in the request). */
    public static MimeMessage awaitMail(GreenMailOperations mail, int n) {
        if (!mail.waitForIncomingEmail(15_000, n)) {
            throw new AssertionError("expected " + n + " mails, got " + mail.getReceivedMessages().length);
        }
        return mail.getReceivedMessages()[n - 1];
    }

    /**
     * Waits until {@code n} mails to others than {@code mailbox} (the list's own inbox, where the inbound
     * mail delivered by a test also counts as received) have arrived; those mails, oldest first.
     */
    public static java.util.List<MimeMessage> awaitMailNotTo(GreenMailOperations mail, String mailbox, int n) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        java.util.List<MimeMessage> out = java.util.List.of();
        while (System.nanoTime() < deadline) {
            out = new java.util.ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (!m.getAllRecipients()[0].toString().equalsIgnoreCase(mailbox)) {
                    out.add(m);
                }
            }
            if (out.size() >= n) {
                return out;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + n + " mails besides those to " + mailbox + ", got " + out.size());
    }

    /** The first link in {@code text} whose path starts with {@code /path/}. */
    public static String link(String text, String path) {
        Matcher m = Pattern.compile("(https?://\\S+/" + path + "/[A-Za-z0-9_-]+)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no /" + path + "/ link in: " + text);
        }
        return m.group(1);
    }
}
