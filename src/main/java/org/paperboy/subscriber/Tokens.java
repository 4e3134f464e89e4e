package org.paperboy.subscriber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links for mails: a token names one subscriber for one purpose and cannot be forged without
 * the secret. Tokens never expire, because links in old mails must keep working; rotating the
 * secret is the way to revoke them all.
 */
public final class Tokens {

    /**
     * What a token lets its holder do, and nothing else. ATTEMPT names a sign-up attempt, not a subscriber
     * (a confirmation link confirms that attempt only); FEEDBACK and VIEW are in every issue, so a forwarded
     * mail's "more like this" or "view in browser" link cannot open the reader's preferences.
     */
    public enum Purpose { UNSUBSCRIBE, PREFERENCES, ATTEMPT, FORM, RESUBSCRIBE, FEEDBACK, VIEW }

    /** Purposes whose tokens must carry an expiry. */
    private static final java.util.Set<Purpose> EXPIRING = java.util.EnumSet.of(Purpose.ATTEMPT, Purpose.FORM, Purpose.RESUBSCRIBE);

    private static final String ALGORITHM = "HmacSHA256";
    private static final int ID_BYTES = Long.BYTES;
    private static final int MAC_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    /** A Mac per thread, set up once: finding and keying one costs more than signing a link. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::mac);

    public Tokens(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException(
                    "set PAPERBOY_SECRET to at least 32 random bytes, e.g. `openssl rand -base64 48`");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        macs.get(); // a runtime without HmacSHA256 fails here, not at the first link
    }

    /** A token that stops working at {@code expires}: for confirmation links and forms. */
    public String issue(Purpose purpose, long subscriberId, java.time.Instant expires) {
        Objects.requireNonNull(purpose, "purpose");
        long until = expires.getEpochSecond();
        ByteBuffer token = ByteBuffer.allocate(ID_BYTES + Long.BYTES + MAC_BYTES);
        token.putLong(subscriberId).putLong(until).put(sign(purpose, subscriberId + ":" + until));
        return ENCODER.encodeToString(token.array());
    }

    /** The subscriber of an intact, unexpired token issued with an expiry for this purpose. */
    public Optional<Long> verify(Purpose purpose, String token, java.time.Instant now) {
        byte[] raw = decode(token);
        if (raw == null || raw.length != ID_BYTES + Long.BYTES + MAC_BYTES) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        long id = b.getLong();
        long until = b.getLong();
        byte[] given = Arrays.copyOfRange(raw, ID_BYTES + Long.BYTES, raw.length);
        boolean intact = MessageDigest.isEqual(given, sign(purpose, id + ":" + until));
        return intact && now.getEpochSecond() < until ? Optional.of(id) : Optional.empty();
    }

    /** A URL-safe token: the subscriber id followed by its signature. */
    public String issue(Purpose purpose, long subscriberId) {
        Objects.requireNonNull(purpose, "purpose");
        if (EXPIRING.contains(purpose)) {
            throw new IllegalArgumentException(purpose + " tokens must expire: use issue(purpose, id, expires)");
        }
        ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
        token.putLong(subscriberId).put(sign(purpose, subscriberId));
        return ENCODER.encodeToString(token.array());
    }

    /** The subscriber a token was issued to, if it is intact and was issued for this purpose. */
    public Optional<Long> verify(Purpose purpose, String token) {
        Objects.requireNonNull(purpose, "purpose");
        byte[] raw = decode(token);
        if (raw == null || raw.length != ID_BYTES + MAC_BYTES || EXPIRING.contains(purpose)) {
            return Optional.empty();
        }
        long id = ByteBuffer.wrap(raw, 0, ID_BYTES).getLong();
        byte[] given = Arrays.copyOfRange(raw, ID_BYTES, raw.length);
        return MessageDigest.isEqual(given, sign(purpose, id)) ? Optional.of(id) : Optional.empty();
    }

    private static byte[] decode(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return null;
        }
        try {
            byte[] raw = DECODER.decode(token);
            // the decoder ignores unused low bits of the last character; insisting on the canonical
            // spelling means every altered character invalidates the token
            return ENCODER.encodeToString(raw).equals(token) ? raw : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private byte[] sign(Purpose purpose, long subscriberId) {
        return sign(purpose, String.valueOf(subscriberId));
    }

    private byte[] sign(Purpose purpose, String what) {
        // doFinal leaves the Mac ready for the next message under the same key
        return macs.get().doFinal((purpose.name() + ":" + what).getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks HmacSHA256, which every Java 17 has; check the JDK", e);
        }
    }
}
