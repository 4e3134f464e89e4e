package org.paperboy.render;

import java.util.Map;
import java.util.Objects;

/** The small web pages, rendered from {@code templates/web/}. */
public final class Pages {

    private final Templates templates;
    /** The operator's weekly topics, offered as checkboxes on the sign-up form and in the preference centre. */
    private final java.util.List<String> weeklyTopics;

    public Pages(Templates templates) {
        this(templates, java.util.List.of());
    }

    public Pages(Templates templates, java.util.List<String> weeklyTopics) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.weeklyTopics = java.util.List.copyOf(weeklyTopics);
    }

    /**
     * Asks before unsubscribing: the page only shows a POST form, because mail scanners follow every
     * link in a message and a GET that unsubscribed would drop readers who never clicked.
     */
    public String unsubscribeForm(String email, String postUrl) {
        return templates.render("web/unsubscribe.peb", Map.of("title", "Unsubscribe", "email", text(email),
                "postUrl", text(postUrl)));
    }

    public String unsubscribed(String email) {
        return unsubscribed(email, "");
    }

    /** @param resubscribeUrl where the "subscribe me again" button posts; "" for no button */
    public String unsubscribed(String email, String resubscribeUrl) {
        return templates.render("web/unsubscribed.peb", Map.of("title", "You are unsubscribed", "email", text(email),
                "resubscribeUrl", text(resubscribeUrl)));
    }

    public String subscribeForm(String csrf, java.util.List<String> problems, Map<String, String> values) {
        return profileForm("Subscribe to Paperboy", "/subscribe", "Subscribe", false, csrf, problems, values);
    }

    /** The preference centre: the sign-up fields, filled in, posting to the reader's own link. */
    public String preferencesForm(String postUrl, String csrf, java.util.List<String> problems, Map<String, String> values) {
        return profileForm("Your preferences", postUrl, "Save my preferences", true, csrf, problems, values);
    }

    private String profileForm(String title, String action, String button, boolean editing, String csrf,
            java.util.List<String> problems, Map<String, String> values) {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("title", title);
        model.put("action", text(action));
        model.put("button", button);
        model.put("editing", editing);
        model.put("csrf", text(csrf));
        model.put("problems", problems);
        for (String field : java.util.List.of("email", "name", "topics", "categories", "frequency", "hour", "zone", "pause",
                "unsubscribe", "abstracts", "about")) {
            model.put(field, text(values.getOrDefault(field, "")));
        }
        for (String list : java.util.List.of("authors", "keywords", "avoid")) {
            // not stripped: a single entry with a comma ends with a line break, which keeps it one entry
            model.put(list, values.getOrDefault(list, ""));
        }
        model.put("maxPapers", text(values.getOrDefault("max_papers", "")));
        model.put("zones", FormChoices.zones(values.getOrDefault("zone", "")));
        model.put("topicFields", FormChoices.topics(values, editing));
        model.put("weeklyTopics", WeeklyChoices.of(weeklyTopics, values.getOrDefault("weekly", "")));
        return templates.render("web/subscribe.peb", model);
    }

    /**
     * The operator's overview; each map is shown as rows of name and value.
     */
    public String admin(Map<String, ?> subscribers, Map<String, ?> issues, Map<String, ?> runs) {
        return templates.render("web/admin.peb", Map.of("title", "Paperboy admin", "subscribers", rows(subscribers),
                "issues", rows(issues), "runs", rows(runs)));
    }

    private static java.util.List<Map<String, String>> rows(Map<String, ?> values) {
        return values.entrySet().stream().map(e -> Map.of("name", e.getKey(), "count", String.valueOf(e.getValue()))).toList();
    }

    /** A question with one button that posts (an empty form) to {@code postUrl}. */
    public String confirm(String title, String text, String button, String postUrl) {
        return templates.render("web/confirm.peb", Map.of("title", text(title), "text", text(text),
                "button", text(button), "postUrl", text(postUrl)));
    }

    /**
     * The archive index.
     *
     * @param months month name → issues, each a map with subject and url, newest first
     */
    public String archive(java.util.List<Map<String, Object>> months, String feedUrl) {
        return templates.render("web/archive.peb", Map.of("title", "Weekly breakthroughs archive", "months", months,
                "feedUrl", feedUrl));
    }

    /**
     * One public weekly issue in the site's frame, with links to the weeks before and after it.
     *
     * @param page        the issue's stored page; its body is shown
     * @param previousUrl the week before, "" for none; likewise {@code nextUrl}
     */
    public String archiveIssue(String title, String page, String previousUrl, String indexUrl, String nextUrl,
            String subscribeUrl) {
        return templates.render("web/archive-issue.peb", Map.of("title", text(title), "issue", body(page),
                "previousUrl", text(previousUrl), "indexUrl", text(indexUrl), "nextUrl", text(nextUrl),
                "subscribeUrl", text(subscribeUrl)));
    }

    /** What is inside a page's body element: the page itself when it has none. */
    private static String body(String page) {
        int open = page.indexOf("<body");
        int start = open < 0 ? -1 : page.indexOf('>', open);
        if (start < 0) {
            return page;
        }
        int end = page.lastIndexOf("</body>");
        return page.substring(start + 1, end > start ? end : page.length());
    }

    /**
     * The front page.
     *
     * @param issues the newest weekly issues, each a map with subject and url
     */
    public String home(java.util.List<Map<String, Object>> issues, String feedUrl) {
        return templates.render("web/home.peb", Map.of("title", "Personal arXiv digests by email", "issues", issues,
                "feedUrl", feedUrl));
    }

    public String message(String title, String text) {
        return templates.render("web/message.peb", Map.of("title", text(title), "text", text(text)));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
