package org.paperboy.score;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The judge's answers kept by (paper, criteria, model), so readers with the same criteria never pay
 * twice. An empty verdict means the model was asked and left the paper out of a usable answer.
 */
public interface JudgementCache {

    /** The stored answers among {@code paperIds} (base ids); papers never asked are absent. */
    Map<String, Optional<Verdict>> find(Collection<String> paperIds, String criteria, String model);

    /** Stores answers; an answer already stored for the same key stays as it was. */
    void save(String criteria, String model, Map<String, Optional<Verdict>> verdicts);
}
