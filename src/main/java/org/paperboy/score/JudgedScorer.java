package org.paperboy.score;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.paperboy.paper.Paper;
import org.paperboy.subscriber.Profile;
import org.paperboy.subscriber.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM judge (as in gpt_paper_assistant): the base scorer's top candidates go to a chat model in
 * batches, and its relevance, novelty and comment replace their scores. Everything else, and every paper
 * the model did not answer for, keeps the base score; followed authors are never sent (they are in
 * anyway). Answers are cached by paper, criteria and model; spending counts against a daily budget.
 * What the judge did for a reader (requests, tokens, cost) comes back with their scores ({@link #rank}).
 */
public final class JudgedScorer implements Scorer {

    /**
     * @param candidates     how many of the base scorer's best papers go to the model (0 = none)
     * @param batchSize      papers per request
     * @param dailyBudgetUsd the most to spend a day (UTC), all runs and nodes together; 0 = no limit
     */
    public record Settings(int candidates, int batchSize, double dailyBudgetUsd, double promptUsdPerMillion,
            double completionUsdPerMillion) {
        public Settings {
            if (candidates < 0 || batchSize < 1) {
                throw new IllegalArgumentException("llm.judge.candidates must be 0 or more and llm.judge.batch_size 1 or more,"
                        + " not " + candidates + " and " + batchSize);
            }
            if (dailyBudgetUsd < 0 || promptUsdPerMillion < 0 || completionUsdPerMillion < 0) {
                throw new IllegalArgumentException("llm prices and llm.judge.daily_budget_usd cannot be negative");
            }
            if (dailyBudgetUsd > 0 && promptUsdPerMillion == 0 && completionUsdPerMillion == 0) {
                throw new IllegalArgumentException("llm.judge.daily_budget_usd is set but no price is: set"
                        + " llm.prompt_usd_per_million and llm.completion_usd_per_million, or nothing counts against the budget");
            }
        }

        boolean priced() {
            return promptUsdPerMillion > 0 || completionUsdPerMillion > 0;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(JudgedScorer.class);
    private static final Comparator<Score> BEST_FIRST = Comparator.comparing((Score s) -> -s.relevance())
            .thenComparing(s -> -s.rank()).thenComparing(Score::id);

    private final Scorer base;
    private final ChatModel model;
    private final JudgementCache cache;
    private final LlmSpending spending;
    private final Settings settings;
    private final Clock clock;
    private final AtomicBoolean budgetLogged = new AtomicBoolean();
    /** Why the judge stopped asking for the rest of this run (the endpoint is down or refuses the key); null while it asks. */
    private volatile String stopped;

    public JudgedScorer(Scorer base, ChatModel model, JudgementCache cache, LlmSpending spending, Settings settings, Clock clock) {
        this.base = base;
        this.model = model;
        this.cache = cache;
        this.spending = spending;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void prepare(List<Profile> profiles) {
        base.prepare(profiles);
    }

    @Override
    public List<Score> score(Profile profile, List<Paper> papers) {
        return rank(profile, papers).scores();
    }

    /** The base scores with the model's verdicts in place, and what asking for them took. */
    @Override
    public Ranking rank(Profile profile, List<Paper> papers) {
        List<Score> scores = base.score(profile, papers);
        // Followed authors' papers are always in and come first: when they alone fill the issue, no verdict could show.
        long room = profile.maxPapers() - scores.stream().filter(Score::authorMatch).count();
        if (settings.candidates() == 0 || !JudgePrompt.hasCriteria(profile) || room <= 0) {
            return new Ranking(scores, Judging.NONE);
        }
        // papers on what the reader leaves out are not sent, so nobody pays to judge them
        List<Score> top = scores.stream().filter(s -> !s.authorMatch() && !s.excluded()).sorted(BEST_FIRST)
                .limit(settings.candidates()).toList();
        if (top.isEmpty()) {
            return new Ranking(scores, Judging.NONE);
        }
        Asked asked = ask(profile, top.stream().map(s -> s.id().base()).distinct().toList(), papers);
        return new Ranking(asked.verdicts().isEmpty() ? scores : judged(scores, asked.verdicts()), asked.judging());
    }

    /**
     * What the model says of each of {@code papers} for {@code profile}'s criteria, from the store where it was asked
     * before: the weekly issue's second opinion on its first candidates. A paper the model was not or could not be
     * asked about (no criteria, the budget spent, the endpoint down) is not in the map.
     */
    public Map<String, Verdict> verdicts(Profile profile, List<Paper> papers) {
        if (papers.isEmpty() || !JudgePrompt.hasCriteria(profile)) {
            return Map.of();
        }
        return ask(profile, papers.stream().map(p -> p.id().base()).distinct().toList(), papers).verdicts();
    }

    private record Asked(Map<String, Verdict> verdicts, Judging judging) {
    }

    /** The verdicts on {@code ids} (of {@code papers}): those stored, then the model asked for the rest. */
    private Asked ask(Profile profile, List<String> ids, List<Paper> papers) {
        Map<String, Paper> byId = new HashMap<>();
        papers.forEach(p -> byId.put(p.id().base(), p));
        String system = JudgePrompt.system(profile);
        String criteria = JudgePrompt.criteriaHash(system);
        Map<String, Optional<Verdict>> stored = cache.find(ids, criteria, model.name());
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        stored.forEach((id, v) -> v.ifPresent(verdict -> verdicts.put(id, verdict)));
        int fromCache = verdicts.size();
        List<Paper> toAsk = ids.stream().filter(id -> !stored.containsKey(id)).map(byId::get).filter(p -> p != null).toList();
        Round round = ask(system, criteria, toAsk, label(profile));
        verdicts.putAll(round.verdicts());
        Judging judging = new Judging(model.name(), ids.size(), verdicts.size(), fromCache, round.calls(),
                round.promptTokens(), round.completionTokens(), usd(round.promptTokens(), settings.promptUsdPerMillion()),
                usd(round.completionTokens(), settings.completionUsdPerMillion()), settings.priced(), round.budgetReached());
        return new Asked(verdicts, judging);
    }

    private record Round(Map<String, Verdict> verdicts, int calls, long promptTokens, long completionTokens, boolean budgetReached) {
    }

    private Round ask(String system, String criteria, List<Paper> toAsk, String reader) {
        Map<String, Verdict> verdicts = new HashMap<>();
        int calls = 0;
        long prompt = 0;
        long completion = 0;
        for (int from = 0; from < toAsk.size() && stopped == null; from += settings.batchSize()) {
            List<Paper> batch = toAsk.subList(from, Math.min(toAsk.size(), from + settings.batchSize()));
            LocalDate today = LocalDate.now(clock);
            if (settings.dailyBudgetUsd() > 0 && spending.spentOn(today) >= settings.dailyBudgetUsd()) {
                if (!budgetLogged.getAndSet(true)) {
                    LOG.warn("LLM judge: today's budget of ${} (llm.judge.daily_budget_usd) is spent; papers not judged yet keep"
                            + " the offline scores until tomorrow (UTC)", settings.dailyBudgetUsd());
                }
                return new Round(verdicts, calls, prompt, completion, true);
            }
            ChatModel.Reply reply = model.ask(system, JudgePrompt.user(batch));
            if (reply instanceof ChatModel.Answer a) {
                calls++;
                prompt += a.promptTokens();
                completion += a.completionTokens();
                spending.add(today, model.name(), a.promptTokens(), a.completionTokens(),
                        usd(a.promptTokens(), settings.promptUsdPerMillion()) + usd(a.completionTokens(), settings.completionUsdPerMillion()));
                verdicts.putAll(read(a.text(), batch, criteria, reader));
            } else if (reply instanceof ChatModel.Refused r && !(r.status() == 401 || r.status() == 403 || r.status() == 404)) {
                LOG.warn("LLM judge: the endpoint refused a request for {} (HTTP {}: {}); its {} papers keep the offline scores",
                        reader, r.status(), r.detail(), batch.size());
            } else {
                stopped = reply instanceof ChatModel.Refused r
                        ? "HTTP " + r.status() + " (" + r.detail() + "): check llm.base_url, llm.model and PAPERBOY_LLM_API_KEY"
                        : ((ChatModel.Unavailable) reply).detail();
                LOG.warn("LLM judge: no more requests this run, {}; papers not judged yet keep the offline scores", stopped);
            }
        }
        return new Round(verdicts, calls, prompt, completion, false);
    }

    /** The usable verdicts of one answer, stored. A paper left out of an otherwise usable answer is stored as asked. */
    private Map<String, Verdict> read(String text, List<Paper> batch, String criteria, String reader) {
        Set<String> asked = batch.stream().map(p -> p.id().base()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        JudgeAnswer.Parsed parsed = JudgeAnswer.parse(text, asked);
        if (!parsed.unknownIds().isEmpty()) {
            LOG.info("LLM judge: the answer for {} named papers it was not asked about, skipped: {}", reader, parsed.unknownIds());
        }
        if (parsed.verdicts().isEmpty()) {
            LOG.warn("LLM judge: no usable line in the answer for {} ({} papers keep the offline scores): {}", reader,
                    batch.size(), text.length() <= 200 ? text : text.substring(0, 200) + "…");
            return Map.of();
        }
        Map<String, Optional<Verdict>> store = new LinkedHashMap<>();
        asked.forEach(id -> store.put(id, Optional.ofNullable(parsed.verdicts().get(id))));
        int missing = asked.size() - parsed.verdicts().size();
        if (missing > 0) {
            LOG.info("LLM judge: the answer for {} left out {} of {} papers (or gave no usable relevance); they keep the"
                    + " offline scores", reader, missing, asked.size());
        }
        cache.save(criteria, model.name(), store);
        return parsed.verdicts();
    }

    /** Judged papers rank above every unjudged one of the same relevance, and by novelty among themselves. */
    private static List<Score> judged(List<Score> scores, Map<String, Verdict> verdicts) {
        double above = scores.stream().filter(s -> !s.authorMatch()).mapToDouble(Score::rank).max().orElse(0) + 1;
        List<Score> out = new ArrayList<>(scores.size());
        for (Score s : scores) {
            Verdict v = verdicts.get(s.id().base());
            if (v == null) {
                out.add(s);
                continue;
            }
            int novelty = v.novelty() == 0 ? s.novelty() : v.novelty();
            out.add(new Score(s.id(), v.relevance(), novelty, v.comment().isEmpty() ? s.reason() : v.comment(),
                    s.authorMatch(), above + v.relevance() + novelty / 10.0));
        }
        return out;
    }

    private static double usd(long tokens, double perMillion) {
        return tokens * perMillion / 1_000_000;
    }

    /** Names the reader in the log by their criteria, never by address. */
    private static String label(Profile profile) {
        return profile.topics().stream().map(Topic::label).findFirst().map(l -> "\"" + l + "\"").orElse("keywords " + profile.keywords());
    }
}
