package org.paperboy.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What /health reports: each part of the service by name, up or not. */
public interface Health {

    /** Part name → up; asked on every call, in a stable order. */
    Map<String, Boolean> checks();

    /** Just the database. */
    static Health database(BooleanSupplier databaseUp) {
        return () -> {
            Map<String, Boolean> checks = new LinkedHashMap<>();
            checks.put("database", safely(databaseUp));
            return checks;
        };
    }

    /** A check that throws counts as down. */
    static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
