package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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

    @Test
    void createsTheFolderAndTheFile() {
        assertThat(Files.exists(dir.resolve("data/paperboy.db"))).isTrue();
    }

    @Test
    void aBadUrlSaysWhichKeyToFix() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://x/y", null, null)).hasMessageContaining("store.url");
    }
}
