package org.paperboy.config;

import java.util.HashMap;
import java.util.Map;

/**
 * A rough measure of how hard a secret is to guess: its length times the Shannon entropy of its
 * symbols. It cannot tell a random string from a clever pattern, but it refuses what is plainly weak:
 * one character repeated, a short word, a short alphabet cycled ("abab...").
 */
public final class SecretStrength {

    private SecretStrength() {
    }

    /** Estimated bits in a text secret, by its characters. */
    public static double bits(String secret) {
        return bits(secret.codePoints().boxed().toArray(Integer[]::new));
    }

    /** Estimated bits in a binary secret, by its bytes. */
    public static double bits(byte[] secret) {
        Integer[] symbols = new Integer[secret.length];
        for (int i = 0; i < secret.length; i++) {
            symbols[i] = secret[i] & 0xff;
        }
        return bits(symbols);
    }

    private static double bits(Integer[] symbols) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Integer s : symbols) {
            counts.merge(s, 1, Integer::sum);
        }
        double perSymbol = 0;
        for (int n : counts.values()) {
            double p = (double) n / symbols.length;
            perSymbol -= p * Math.log(p) / Math.log(2);
        }
        return perSymbol * symbols.length;
    }
}
