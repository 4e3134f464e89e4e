package org.paperboy.subscriber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code max} events per key within a sliding window, in bounded memory. A key is kept as a
 * salted 64-bit hash, never as the text given (which may be long), and at most {@code capacity} keys are
 * kept. When the table is full, keys whose events have all aged out go first; when every key is still
 * live, a new key is refused instead of forgetting a live one, so a flood of new keys never lifts anyone
 * else's limit.
 */
public final class RateLimit {

    private final int max;
    private final long window;
    private final int capacity;
    private final Clock clock;
    private final byte[] salt = new SecureRandom().generateSeed(16);
    /** Hash → the times of the key's last {@code max} events, oldest first, as a ring with its start last. */
    private final Map<Long, long[]> events = new LinkedHashMap<>();
    private long lastSweep = Long.MIN_VALUE;

    public RateLimit(int max, Duration window, int capacity, Clock clock) {
        if (max < 1 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one event and one key");
        }
        this.max = max;
        this.window = window.toMillis();
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Records the event; false when the key is over its limit, or the table is full of live keys (not counted then). */
    public synchronized boolean allow(String key) {
        long now = clock.millis();
        long h = hash(key);
        long[] ring = events.get(h);
        if (ring == null) {
            if (events.size() >= capacity && !sweep(now)) {
                return false;
            }
            ring = new long[max + 1];
            Arrays.fill(ring, 0, max, Long.MIN_VALUE);
            events.put(h, ring);
        }
        int oldest = (int) ring[max];
        if (live(ring[oldest], now)) {
            return false;
        }
        ring[oldest] = now;
        ring[max] = (oldest + 1) % max;
        return true;
    }

    /** Whether the key has used up its events in the window (nothing is recorded). */
    public synchronized boolean exhausted(String key) {
        long[] ring = events.get(hash(key));
        return ring != null && live(ring[(int) ring[max]], clock.millis());
    }

    /** How many keys are kept now. */
    public synchronized int size() {
        return events.size();
    }

    private boolean live(long time, long now) {
        return time != Long.MIN_VALUE && time > now - window;
    }

    /** Drops keys with no event in the window; at most once a second, so a flood cannot make it run per request. */
    private boolean sweep(long now) {
        if (now - lastSweep >= 1000) {
            lastSweep = now;
            for (Iterator<long[]> it = events.values().iterator(); it.hasNext(); ) {
                long[] ring = it.next();
                int newest = (int) ((ring[max] + max - 1) % max);
                if (!live(ring[newest], now)) {
                    it.remove();
                }
            }
        }
        return events.size() < capacity;
    }

    private long hash(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return ByteBuffer.wrap(sha.digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java 17 has", e);
        }
    }
}
