package org.paperboy.testkit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's form as a browser submits it (the HTML standard's entry list): text, hidden, number and date
 * inputs with their value, checked boxes and radios only, each select's selected option (the first one
 * when none is), textareas with their raw text and line breaks sent as CRLF, in document order.
 */
public final class BrowserForm {

    private final String action;
    private final List<Map.Entry<String, String>> entries;

    private BrowserForm(String action, List<Map.Entry<String, String>> entries) {
        this.action = action;
        this.entries = entries;
    }

    /** The first form on the page that has a {@code method="post"}. */
    public static BrowserForm of(String pageUrl, String html) {
        Document page = Jsoup.parse(html, pageUrl);
        Element form = page.selectFirst("form[method=post]");
        if (form == null) {
            throw new AssertionError("no form on the page: " + html);
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (Element e : form.select("input, select, textarea")) {
            String name = e.attr("name");
            if (name.isEmpty() || e.hasAttr("disabled")) {
                continue;
            }
            switch (e.normalName()) {
                case "textarea" -> entries.add(new SimpleEntry<>(name, textarea(e)));
                case "select" -> {
                    Element chosen = e.selectFirst("option[selected]");
                    chosen = chosen == null ? e.selectFirst("option") : chosen;
                    if (chosen != null) {
                        entries.add(new SimpleEntry<>(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text()));
                    }
                }
                default -> {
                    String type = e.attr("type").toLowerCase();
                    if (type.equals("submit") || type.equals("button") || type.equals("image")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
                        continue;
                    }
                    String value = e.hasAttr("value") ? e.attr("value") : type.equals("checkbox") || type.equals("radio") ? "on" : "";
                    entries.add(new SimpleEntry<>(name, value));
                }
            }
        }
        return new BrowserForm(form.absUrl("action"), entries);
    }

    private static String textarea(Element e) {
        String text = e.wholeText();
        return (text.startsWith("\n") ? text.substring(1) : text).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** The value the form sends for {@code name} (the first, when it sends several). */
    public String get(String name) {
        return entries.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("the form has no field " + name + ": " + entries));
    }

    /** Sets a field the form has, as a reader typing into it would. */
    public BrowserForm set(String name, String value) {
        get(name);
        entries.replaceAll(e -> e.getKey().equals(name) ? new SimpleEntry<>(name, value) : e);
        return this;
    }

    /** Adds a field, as ticking a box the form shows unticked does. */
    public BrowserForm add(String name, String value) {
        entries.add(new SimpleEntry<>(name, value));
        return this;
    }

    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(entries);
    }

    public HttpResponse<String> submit() throws Exception {
        String body = entries.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
