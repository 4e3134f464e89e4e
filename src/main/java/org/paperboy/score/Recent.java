package org.paperboy.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;

/**
 * What was worked out for the last few paper lists, kept for the next readers: most readers of a run
 * see the same listing, and those who keep to a few categories see one of a few parts of it.
 */
final class Recent<V> {

    private final Map<Long, V> values;

    Recent(int size) {
        this.values = new LinkedHashMap<>(2 * size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > size;
            }
        };
    }

    synchronized V of(List<Paper> papers, Supplier<V> make) {
        long key = papers.size();
        for (Paper p : papers) {
            key = key * 31 + p.id().hashCode();
        }
        V value = values.get(key);
        if (value == null) {
            value = make.get();
            values.put(key, value);
        }
        return value;
    }
}
