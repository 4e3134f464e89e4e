package org.paperboy.score;

import java.util.List;

/** Turns texts into unit-length sentence vectors that are close when the texts mean the same. */
public interface TextEmbedder {

    /** Names the model; vectors are stored under it, so changing models never mixes their vectors. */
    String model();

    /** One vector of length one per text, in order. */
    List<float[]> embed(List<String> texts);
}
