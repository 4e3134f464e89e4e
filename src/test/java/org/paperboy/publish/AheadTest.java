package org.paperboy.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The digest run composes one chunk ahead of rendering: what it gets back, and when, is what it asked for. */
class AheadTest {

    @Test
    void eachSwapHandsBackThePieceBeforeAndPiecesRunInOrderOnTheirOwnThread() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch secondStarted = new CountDownLatch(1);
        try (Ahead<String> ahead = new Ahead<>("ahead-test")) {
            assertThat(ahead.swap(() -> piece(ran, "first"))).isNull();
            assertThat(ahead.swap(() -> {
                secondStarted.countDown();
                return piece(ran, "second");
            })).isEqualTo("first");
            // the second piece is under way while the caller works on the first
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ahead.swap(() -> piece(ran, "third"))).isEqualTo("second");
            assertThat(ahead.swap(null)).isEqualTo("third");
            assertThat(ahead.swap(null)).isNull();
        }
        assertThat(ran).containsExactly("first on ahead-test", "second on ahead-test", "third on ahead-test");
    }

    @Test
    void aFailedPieceFailsTheSwapThatHandsItBack() {
        try (Ahead<String> ahead = new Ahead<>("ahead-test")) {
            ahead.swap(() -> {
                throw new IllegalStateException("no papers are stored for 2026-06-09");
            });
            assertThatThrownBy(() -> ahead.swap(() -> "next")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("no papers are stored for 2026-06-09");
        }
    }

    @Test
    void closingWaitsForThePieceStillRunning() {
        AtomicBoolean finished = new AtomicBoolean();
        try (Ahead<String> ahead = new Ahead<>("ahead-test")) {
            ahead.swap(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.set(true);
                return "unwanted";
            });
        }
        // a run that fails must not end while the thread it started still reads the database
        assertThat(finished).isTrue();
    }

    private static String piece(List<String> ran, String name) {
        ran.add(name + " on " + Thread.currentThread().getName());
        return name;
    }
}
