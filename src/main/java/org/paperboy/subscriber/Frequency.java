package org.paperboy.subscriber;

/** Which issues a subscriber receives. */
public enum Frequency {
    DAILY, WEEKLY, BOTH;

    public boolean daily() {
        return this != WEEKLY;
    }

    public boolean weekly() {
        return this != DAILY;
    }
}
