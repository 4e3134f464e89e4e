package org.paperboy.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.AnnounceType;
import org.paperboy.paper.ArxivId;
import org.paperboy.paper.Paper;

class RecentTest {

    static Paper paper(String id) {
        return new Paper(ArxivId.parse(id), "Title of " + id, List.of("Ada Lovelace"), List.of("cs.CL"), "Abstract of " + id, "",
                LocalDate.of(2026, 6, 9), AnnounceType.NEW);
    }

    /** The key listings were once looked up by: a 64-bit hash of the ids, nothing else. */
    static long hashKey(List<Paper> papers) {
        long key = papers.size();
        for (Paper p : papers) {
            key = key * 31 + p.id().hashCode();
        }
        return key;
    }

    /** Two different two-paper listings with the same hash key: found among versions of two ids. */
    static List<List<Paper>> collision() {
        Map<Long, List<Paper>> seen = new HashMap<>();
        for (int a = 1; a <= 40; a++) {
            for (int b = 1; b <= 40; b++) {
                List<Paper> listing = List.of(paper("2606.00001v" + a), paper("2606.00002v" + b));
                List<Paper> before = seen.putIfAbsent(hashKey(listing), listing);
                if (before != null) {
                    return List.of(before, listing);
                }
            }
        }
        throw new AssertionError("no collision among the versions tried");
    }

    @Test
    void twoListingsWithTheSameHashAreToldApart() {
        List<List<Paper>> pair = collision();
        assertThat(hashKey(pair.get(0))).as("the old key collides").isEqualTo(hashKey(pair.get(1)));
        Recent<String> recent = new Recent<>(24);
        // copies, so that the lists are found by their content and not by identity
        assertThat(recent.of(new ArrayList<>(pair.get(0)), () -> "first listing")).isEqualTo("first listing");
        assertThat(recent.of(new ArrayList<>(pair.get(1)), () -> "second listing")).isEqualTo("second listing");
        assertThat(recent.of(new ArrayList<>(pair.get(0)), () -> "made again")).isEqualTo("first listing");
        assertThat(recent.of(pair.get(1), () -> "made again")).as("a fixed list, by content first, then by identity")
                .isEqualTo("second listing");
        assertThat(recent.of(pair.get(1), () -> "made again")).isEqualTo("second listing");
    }

    @Test
    void aListingIsMadeOnceWhileItIsKept() {
        Recent<Integer> recent = new Recent<>(2);
        int[] made = new int[1];
        List<Paper> listing = List.of(paper("2606.00001v1"), paper("2606.00002v1"));
        for (int i = 0; i < 5; i++) {
            recent.of(listing, () -> ++made[0]);
            recent.of(new ArrayList<>(listing), () -> ++made[0]);
        }
        assertThat(made[0]).isEqualTo(1);
    }
}
