package org.paperboy.store;

import org.paperboy.testkit.TestPostgres;

/** The same on a real PostgreSQL server; skipped without PAPERBOY_TEST_POSTGRES_URL (.ci/run sets it). */
class PostgresManyReadersTest extends ManyReadersContract {

    @Override
    Database openEmpty() {
        return Database.open(TestPostgres.freshSchema("many_readers"), TestPostgres.USER, TestPostgres.PASSWORD);
    }
}
