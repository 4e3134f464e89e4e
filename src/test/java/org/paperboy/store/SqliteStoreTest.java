package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paperboy.subscriber.Status;
import org.paperboy.subscriber.Subscriber;
import org.junit.jupiter.api.Test;

class SqliteStoreTest extends StoreContract {

    @Override
    Database openEmpty() {
        return reopen();
    }

    @Override
    Database reopen() {
        return Database.open("jdbc:sqlite:" + dir.resolve("data/paperboy.db"), null, null);
    }

    @Override
    String[] emptied() {
        return new String[] {"jdbc:sqlite:" + dir.resolve("old.db"), null, null};
    }

    @Test
    void createsTheFolderAndTheFile() {
        assertThat(Files.exists(dir.resolve("data/paperboy.db"))).isTrue();
    }

    /**
     * Sign-ups read before they write; the mail sender writes on another connection meanwhile. SQLite in WAL
     * mode refuses a write that follows a read once another connection has written, at once and whatever
     * the busy timeout, so without write transactions that take the lock first a visitor's sign-up failed.
     */
    @Test
    void signUpsWhileAnotherConnectionWritesAllSucceed() throws Exception {
        Subscriber sender = db.subscribers().upsert(subscriber("sender@example.org"));
        AtomicBoolean signingUp = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (signingUp.get()) {
                db.subscribers().setStatus(sender.id(), Status.ACTIVE);
            }
        });
        writer.start();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> visitors = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int visitor = t;
            visitors.add(new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    try {
                        db.subscribers().upsert(subscriber("v" + visitor + "-" + i + "@example.org"));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        visitors.forEach(Thread::start);
        for (Thread v : visitors) {
            v.join();
        }
        signingUp.set(false);
        writer.join();
        assertThat(failures).as("sign-ups refused").isEmpty();
        assertThat(db.subscribers().all()).hasSize(301);
    }

    @Test
    void aBadUrlSaysWhichKeyToFix() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://x/y", null, null)).hasMessageContaining("store.url");
    }
}
