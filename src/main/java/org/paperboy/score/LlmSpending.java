package org.paperboy.score;

import java.time.LocalDate;

/** What the LLM judge spent, per day, kept where every run and every node sees it. */
public interface LlmSpending {

    /** USD spent on {@code day} (UTC), all models together. */
    double spentOn(LocalDate day);

    void add(LocalDate day, String model, long promptTokens, long completionTokens, double usd);
}
