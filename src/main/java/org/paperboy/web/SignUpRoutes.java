package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.subscriber.RateLimit;
import org.paperboy.subscriber.Tokens;
import org.paperboy.subscriber.Tokens.Purpose;

/**
 * Sign-up and confirmation. The form carries a signed, time-limited token (CSRF) and a field robots
 * fill in; both the sender's IP and the address are rate-limited, so nobody can use the form to flood
 * an inbox. The answer never says whether the address was already known.
 */
final class SignUpRoutes {

    static final Duration FORM_VALIDITY = Duration.ofHours(2);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String HTML = "text/html; charset=utf-8";
    private static final List<String> FIELDS = List.of("email", "name", "topics", "authors", "keywords", "categories",
            "frequency", "hour", "zone", "pause", "abstracts", "avoid", "max_papers", "about");
    /** A topic's own fields: "topic.0.name", ".keep", ".filter", and ".remove" when its box is ticked. */
    private static final java.util.regex.Pattern TOPIC_FIELD = java.util.regex.Pattern.compile("topic\\.\\d{1,2}\\.(name|keep|filter|remove)");

    private final Tokens tokens;
    private final PageRenderer pages;
    private final SignUps signUps;
    private final Clock clock;
    private final RateLimit perIp;
    private final ClientAddress clients;
    /** Form tokens already used: each form posts once (a refused form comes back with a fresh token). */
    private final RateLimit usedForms;

    SignUpRoutes(Tokens tokens, PageRenderer pages, SignUps signUps, Clock clock, ClientAddress clients) {
        this.tokens = tokens;
        this.pages = pages;
        this.signUps = signUps;
        this.clock = clock;
        this.clients = clients;
        this.perIp = new RateLimit(20, Duration.ofMinutes(1), 10_000, clock);
        this.usedForms = new RateLimit(1, FORM_VALIDITY, 100_000, clock);
    }

    void register(RoutesConfig routes) {
        routes.get("/subscribe", ctx -> page(ctx, 200, form(List.of(), Map.of())));
        routes.post("/subscribe", this::subscribe);
        // GET only asks: mail scanners open confirmation links too
        routes.get("/confirm/{token}", this::confirmForm);
        routes.post("/confirm/{token}", this::confirm);
        routes.get("/preferences/{token}", this::preferencesForm);
        routes.post("/preferences/{token}", this::savePreferences);
    }

    private void preferencesForm(Context ctx) {
        Optional<Map<String, String>> values = tokens.verify(Purpose.PREFERENCES, ctx.pathParam("token")).flatMap(signUps::preferences);
        if (values.isEmpty()) {
            invalid(ctx);
            return;
        }
        Map<String, String> shown = new HashMap<>(values.get());
        shown.put("unsubscribe", unsubscribeLink(ctx));
        page(ctx, 200, pages.preferencesForm(ctx.path(), formToken(), List.of(), shown));
    }

    private void savePreferences(Context ctx) {
        Optional<Long> id = tokens.verify(Purpose.PREFERENCES, ctx.pathParam("token"));
        Optional<Map<String, String>> current = id.flatMap(signUps::preferences);
        if (current.isEmpty()) {
            invalid(ctx);
            return;
        }
        Map<String, String> values = fields(ctx);
        values.put("email", current.get().get("email"));
        values.put("unsubscribe", unsubscribeLink(ctx));
        if (!freshForm(ctx)) {
            page(ctx, 403, pages.preferencesForm(ctx.path(), formToken(),
                    List.of("This form was too old, sent before or did not come from this site. Please save it again."), values));
            return;
        }
        List<String> problems = signUps.update(id.get(), values);
        if (!problems.isEmpty()) {
            page(ctx, 400, pages.preferencesForm(ctx.path(), formToken(), problems, values));
            return;
        }
        page(ctx, 200, pages.message("Saved", "Your preferences are saved; the next issue follows them."));
    }

    /** The reader's unsubscribe link, for a page at their preferences link. */
    private String unsubscribeLink(Context ctx) {
        return "/unsubscribe/" + tokens.issue(Purpose.UNSUBSCRIBE, tokens.verify(Purpose.PREFERENCES, ctx.pathParam("token")).orElseThrow());
    }

    /** The form's fields as posted; the weekly topics ticked, one per line; each topic's own fields. */
    private static Map<String, String> fields(Context ctx) {
        Map<String, String> values = new HashMap<>();
        // a field the form did not have stays absent: the stored value stands for it
        FIELDS.forEach(f -> Optional.ofNullable(ctx.formParam(f)).ifPresent(v -> values.put(f, v)));
        values.put("weekly", String.join("\n", ctx.formParams("weekly")));
        ctx.formParamMap().forEach((name, posted) -> {
            if (TOPIC_FIELD.matcher(name).matches() && !posted.isEmpty()) {
                values.put(name, posted.get(0));
            }
        });
        return values;
    }

    /** The form's token is valid, from this site, and posted for the first time. */
    private boolean freshForm(Context ctx) {
        String csrf = ctx.formParam("csrf");
        return tokens.verify(Purpose.FORM, csrf, clock.instant()).isPresent() && usedForms.allow(csrf);
    }

    /** A form token, unique to the page it is on (its id is random), so that each can be used once. */
    private String formToken() {
        return tokens.issue(Purpose.FORM, RANDOM.nextLong(), clock.instant().plus(FORM_VALIDITY));
    }

    private void invalid(Context ctx) {
        page(ctx, 404, pages.message("Link not valid",
                "This link is not valid. It may have been copied incompletely; please use the link in your latest mail."));
    }

    private String form(List<String> problems, Map<String, String> values) {
        return pages.subscribeForm(formToken(), problems, values);
    }

    private void subscribe(Context ctx) {
        Map<String, String> values = fields(ctx);
        if (!freshForm(ctx)) {
            page(ctx, 403, form(List.of("This form was too old, sent before or did not come from this site. Please send it again."),
                    values));
            return;
        }
        if (!Optional.ofNullable(ctx.formParam("website")).orElse("").isEmpty()) {
            // a robot filled the hidden field: answer as if all went well, send nothing
            page(ctx, 200, checkInbox());
            return;
        }
        if (!perIp.allow(clients.of(ctx))) {
            tooMany(ctx);
            return;
        }
        // the sizes are checked, then the address, and only then is the address's inbox counted
        SignUps.Answer answer = signUps.subscribe(values);
        if (!answer.problems().isEmpty()) {
            page(ctx, 400, form(answer.problems(), values));
        } else if (answer.tooMany()) {
            tooMany(ctx);
        } else {
            page(ctx, 200, checkInbox());
        }
    }

    private void tooMany(Context ctx) {
        page(ctx, 429, pages.message("Too many requests", "Too many sign-ups from here or for this address."
                + " Please wait a few minutes; if you asked already, the confirmation mail is on its way."));
    }

    private String checkInbox() {
        return pages.message("Check your inbox", "If the address can receive mail, a message is on its way: open the"
                + " link in it to confirm. Nothing else is sent until you do.");
    }

    private void confirmForm(Context ctx) {
        if (tokens.verify(Purpose.ATTEMPT, ctx.pathParam("token"), clock.instant()).isEmpty()) {
            expired(ctx);
            return;
        }
        page(ctx, 200, pages.confirm("Confirm your subscription", "One click and your first digest comes with the next"
                + " arXiv listing.", "Confirm my subscription", ctx.path()));
    }

    private void confirm(Context ctx) {
        Optional<String> email = tokens.verify(Purpose.ATTEMPT, ctx.pathParam("token"), clock.instant()).flatMap(signUps::confirm);
        if (email.isEmpty()) {
            expired(ctx);
            return;
        }
        page(ctx, 200, pages.message("You are subscribed", email.get() + " will get Paperboy from the next arXiv listing."
                + " Every mail has links to change your preferences or leave."));
    }

    private void expired(Context ctx) {
        page(ctx, 404, pages.message("Link not valid", "This confirmation link is not valid any more: it has expired (links"
                + " work for a week), a newer one was sent, or it was used already. Please subscribe again to get a fresh one."));
    }

    private static void page(Context ctx, int status, String html) {
        ctx.status(status).contentType(HTML).result(html);
    }
}
