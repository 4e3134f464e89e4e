package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Followed authors, matched by surname and first initial so "Y. LeCun" finds "Yann LeCun". */
final class Authors {

    private static final Pattern NOT_IN_NAMES = Pattern.compile("[^a-z\\s'-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A name split into first name (or initial) and surname, accents folded. */
    record Name(String display, String first, String last) {
    }

    private final List<Name> followed = new ArrayList<>();

    Authors(List<String> names) {
        for (String n : names) {
            Name name = parse(n, n);
            if (name != null) {
                followed.add(name);
            }
        }
    }

    /** The paper's author names, parsed once per paper. */
    static List<Name> names(List<String> authors) {
        List<Name> names = new ArrayList<>(authors.size());
        for (String a : authors) {
            Name n = parse(a, a);
            if (n != null) {
                names.add(n);
            }
        }
        return names;
    }

    List<Name> followed() {
        return followed;
    }

    static boolean initialsAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        if (a.length() > 1 && b.length() > 1) {
            return a.equals(b);
        }
        return a.charAt(0) == b.charAt(0);
    }

    private static Name parse(String display, String raw) {
        String folded = NOT_IN_NAMES.matcher(Text.fold(raw)).replaceAll(" ").strip();
        if (folded.isEmpty()) {
            return null;
        }
        String[] parts = SPACES.split(folded);
        String last = parts[parts.length - 1];
        String first = parts.length > 1 ? parts[0] : "";
        return new Name(display.strip(), first, last);
    }
}
