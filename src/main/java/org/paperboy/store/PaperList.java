package org.paperboy.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paperboy.issue.Pick;

/**
 * An issue's paper list as its row keeps it: one line a paper, in the issue's order, "{@code <arXiv id>
 * <relevance> <novelty> <reason id> <1 if a followed author wrote it, else 0>}", the reason's text in
 * {@code reasons}. An arXiv id has no space or line break.
 */
final class PaperList {

    /** One paper of a list. */
    record Entry(String paperId, int relevance, int novelty, long reasonId, boolean authorMatch) {
    }

    private PaperList() {
    }

    /** The list of {@code picks}, each reason's id from {@code reasonIds} (by its text as stored). */
    static String of(List<Pick> picks, Map<String, Long> reasonIds) {
        StringBuilder out = new StringBuilder(32 * picks.size());
        for (Pick pick : picks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(pick.paper().id().base()).append(' ').append(pick.score().relevance()).append(' ')
                    .append(pick.score().novelty()).append(' ').append(reasonIds.get(IssueBatch.reason(pick))).append(' ')
                    .append(pick.score().authorMatch() ? 1 : 0);
        }
        return out.toString();
    }

    /** Hands each paper id of {@code list} to {@code id}, in order. */
    static void ids(String list, Consumer<String> id) {
        int start = 0;
        while (start < list.length()) {
            int space = list.indexOf(' ', start);
            int end = list.indexOf('\n', start);
            end = end < 0 ? list.length() : end;
            id.accept(list.substring(start, space < 0 || space > end ? end : space));
            start = end + 1;
        }
    }

    /** The papers of {@code list}, in order, as written by {@link #of}. */
    static List<Entry> entries(String list) {
        List<Entry> out = new ArrayList<>();
        for (String line : list.isEmpty() ? new String[0] : list.split("\n")) {
            String[] f = line.split(" ");
            out.add(new Entry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]), "1".equals(f[4])));
        }
        return out;
    }
}
