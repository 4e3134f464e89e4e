package org.paperboy.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.paperboy.score.Judging;

/**
 * The LLM judge's part of a daily issue's header: the reference deployment's token and cost table, and
 * a sentence saying what the numbers cover. Empty when no model judged the issue, so no template can
 * print a table of nothing; the cost row is left out when no price is configured (unknown is not $0).
 */
final class JudgingModel {

    private JudgingModel() {
    }

    static Map<String, Object> of(Judging j) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!j.happened()) {
            return m;
        }
        boolean table = j.calls() > 0 || j.judged() > 0;
        m.put("table", table);
        m.put("model", "[" + j.model() + "]");
        m.put("promptTokens", String.valueOf(j.promptTokens()));
        m.put("completionTokens", String.valueOf(j.completionTokens()));
        m.put("totalTokens", String.valueOf(j.totalTokens()));
        m.put("promptCost", j.priced() ? usd(j.promptUsd()) : "");
        m.put("completionCost", j.priced() ? usd(j.completionUsd()) : "");
        m.put("totalCost", j.priced() ? usd(j.totalUsd()) : "");
        m.put("note", table ? note(j) : "");
        m.put("budget", j.budgetReached()
                ? "Today's LLM budget is spent: papers the model has not judged keep the offline scores." : "");
        return m;
    }

    private static String note(Judging j) {
        String judged = "The model judged " + j.judged() + " of the " + DailyModel.plural(j.candidates(), "paper")
                + " the offline scorer ranked highest for you";
        if (j.fromCache() == 0) {
            return judged + ". Tokens and cost are this issue's own requests (" + DailyModel.plural(j.calls(), "request") + ").";
        }
        if (j.calls() == 0) {
            return judged + "; every one of those answers was stored from an earlier issue with the same interests,"
                    + " so this issue spent no tokens.";
        }
        return judged + "; " + j.fromCache() + " of those answers " + (j.fromCache() == 1 ? "was" : "were")
                + " stored from an earlier issue with the same"
                + " interests and cost nothing now. Tokens and cost are this issue's own requests ("
                + DailyModel.plural(j.calls(), "request") + ").";
    }

    /** As the reference prints it: cents, or more digits when a cent would round a real cost to nothing. */
    static String usd(double amount) {
        if (amount == 0 || amount >= 0.01) {
            return String.format(Locale.ROOT, "$%.2f", amount);
        }
        return String.format(Locale.ROOT, "$%.4f", amount);
    }
}
