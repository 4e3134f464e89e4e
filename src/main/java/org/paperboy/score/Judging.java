package org.paperboy.score;

/**
 * What the LLM judge did for one reader's issue: the numbers its digest shows.
 *
 * @param model            the model's name; "" when no judge ran
 * @param candidates       papers the judge considered (the base scorer's top ones, followed authors aside)
 * @param judged           of those, papers whose score is now the model's
 * @param fromCache        of the judged, how many answers were stored from an earlier issue (no tokens spent now)
 * @param calls            requests made for this issue
 * @param promptTokens     prompt tokens of this requests
 * @param completionTokens completion tokens of this requests
 * @param promptUsd        their cost at the configured prices
 * @param completionUsd    likewise
 * @param priced           whether any price is configured (otherwise cost is unknown, not zero)
 * @param budgetReached    the daily budget stopped the judge before it had asked about every candidate
 */
public record Judging(String model, int candidates, int judged, int fromCache, int calls, long promptTokens,
        long completionTokens, double promptUsd, double completionUsd, boolean priced, boolean budgetReached) {

    public static final Judging NONE = new Judging("", 0, 0, 0, 0, 0, 0, 0, 0, false, false);

    public Judging {
        model = model == null ? "" : model;
    }

    /** True when there is something true to tell the reader: the model judged, was paid, or was stopped. */
    public boolean happened() {
        return judged > 0 || calls > 0 || budgetReached;
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    public double totalUsd() {
        return promptUsd + completionUsd;
    }
}
