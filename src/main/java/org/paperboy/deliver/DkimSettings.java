package org.paperboy.deliver;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * DKIM signing (RFC 6376) for outgoing mail.
 *
 * @param domain     the d= domain, whose DNS publishes the public key under {@code selector._domainkey}
 * @param privateKey an RSA key in PKCS#8, PEM or bare base64 (from PAPERBOY_MAIL_DKIM_PRIVATE_KEY)
 */
public record DkimSettings(String domain, String selector, String privateKey) {

    /** The headers a receiver's DKIM check covers, beyond the signer's defaults (From, Subject, Date, ...). */
    static final String[] EXTRA_HEADERS = {"List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Message-ID"};

    public boolean enabled() {
        return !domain.isBlank() && !selector.isBlank();
    }

    @Override
    public String toString() {
        return "DkimSettings[domain=" + domain + ", selector=" + selector + ", privateKey=" + (privateKey.isBlank() ? "" : "***") + "]";
    }

    DkimSigner signer() {
        if (privateKey.isBlank()) {
            throw new IllegalArgumentException("mail.dkim.domain is set but there is no key: set PAPERBOY_MAIL_DKIM_PRIVATE_KEY to"
                    + " the RSA private key (PKCS#8 PEM, e.g. from `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`)");
        }
        try {
            String base64 = privateKey.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            DkimSigner signer = new DkimSigner(domain, selector, key);
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
            // The key's DNS record is checked once by the operator, never at send time.
            signer.setCheckDomainKey(false);
            for (String header : EXTRA_HEADERS) {
                signer.addHeaderToSign(header);
            }
            return signer;
        } catch (Exception e) {
            throw new IllegalArgumentException("the DKIM private key is not a PKCS#8 RSA key (" + e.getMessage()
                    + "); convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem`", e);
        }
    }
}
