package org.paperboy.store;

class SqliteManyReadersTest extends ManyReadersContract {

    @Override
    Database openEmpty() {
        return Database.open("jdbc:sqlite:" + dir.resolve("many.db"), null, null);
    }
}
