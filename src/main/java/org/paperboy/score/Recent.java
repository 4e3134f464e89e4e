package org.paperboy.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperboy.paper.Paper;

/**
 * What was worked out for the last few paper lists, kept for the next readers: most readers of a run
 * see the same listing, and those who keep to a few categories see one of a few parts of it.
 */
final class Recent<V> {

    private final Map<Long, V> values;
    /** Lists that cannot change (List.of, Stream.toList): one of those is known again by identity alone. */
    private static final Set<Class<?>> FIXED = Stream.of(List.of(), List.of(0), List.of(0, 0, 0), Stream.of(0).toList())
            .map(Object::getClass).collect(Collectors.toUnmodifiableSet());
    /** The unchangeable lists last asked about: most readers pass the very list the reader before them did. */
    private final List<Paper>[] lists;
    private final Object[] answers;
    private int next;

    @SuppressWarnings("unchecked")
    Recent(int size) {
        this.values = new LinkedHashMap<>(2 * size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > size;
            }
        };
        this.lists = new List[size];
        this.answers = new Object[size];
    }

    @SuppressWarnings("unchecked")
    synchronized V of(List<Paper> papers, Supplier<V> make) {
        boolean fixed = FIXED.contains(papers.getClass());
        for (int i = 0; fixed && i < lists.length; i++) {
            if (lists[i] == papers) {
                return (V) answers[i];
            }
        }
        long key = papers.size();
        for (Paper p : papers) {
            key = key * 31 + p.id().hashCode();
        }
        V value = values.get(key);
        if (value == null) {
            value = make.get();
            values.put(key, value);
        }
        if (fixed) {
            lists[next] = papers;
            answers[next] = value;
            next = (next + 1) % lists.length;
        }
        return value;
    }
}
