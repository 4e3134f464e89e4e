package org.paperboy.score;

import java.util.Collection;
import java.util.Map;

/** Where sentence vectors are kept once computed, by model and item key. */
public interface VectorStore {

    /** The stored vectors among {@code items}; missing ones are absent from the map. */
    Map<String, float[]> find(String model, Collection<String> items);

    /** Stores vectors not yet stored; an item already stored keeps its vector. */
    void save(String model, Map<String, float[]> vectors);
}
