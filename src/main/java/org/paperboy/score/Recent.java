package org.paperboy.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

/**
 * What was worked out for the last few paper lists, kept for the next readers: most readers of a run
 * see the same listing, and those who keep to a few categories see one of a few parts of it. A list is
 * known by its papers' ids in order, the whole of them, so two listings never share an answer.
 */
final class Recent<V> {

    /** Lists that cannot change (List.of, Stream.toList): one of those is known again by identity alone. */
    private static final Set<Class<?>> FIXED = Stream.of(List.of(), List.of(0), List.of(0, 0, 0), Stream.of(0).toList())
            .map(Object::getClass).collect(Collectors.toUnmodifiableSet());

    /** Unchangeable lists by identity (weak keys compare with ==): most readers pass the very list the reader before them did. */
    private final Cache<List<Paper>, V> byIdentity;
    private final Cache<List<ArxivId>, V> byIds;

    Recent(int size) {
        this.byIdentity = Caffeine.newBuilder().weakKeys().maximumSize(size).build();
        this.byIds = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The answer for {@code papers}, made once per list (readers asking for a list being made wait for it). */
    V of(List<Paper> papers, Supplier<V> make) {
        boolean fixed = FIXED.contains(papers.getClass());
        V value = fixed ? byIdentity.getIfPresent(papers) : null;
        if (value == null) {
            value = byIds.get(papers.stream().map(Paper::id).toList(), ids -> make.get());
            if (fixed) {
                byIdentity.put(papers, value);
            }
        }
        return value;
    }
}
