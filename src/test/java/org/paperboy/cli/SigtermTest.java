package org.paperboy.cli;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** SIGTERM to `paperboy digest`, ten times over, at random moments of its sending. */
class SigtermTest extends SigtermContract {

    @Test
    void sigtermToDigestMidSendTenTimesLeavesNoDuplicateAndNoRowSending() throws Exception {
        Random random = new Random(20);
        for (int k = 1; k <= 10; k++) {
            stopMidSend("digest-" + k, random, "digest", "--date", DAY.toString());
        }
        finish("digest-last", "digest", "--date", DAY.toString());
    }
}
