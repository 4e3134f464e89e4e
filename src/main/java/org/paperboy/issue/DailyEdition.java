package org.paperboy.issue;

import java.time.LocalDate;
import java.util.List;
import org.paperboy.score.Judging;
import org.paperboy.subscriber.Subscriber;

/**
 * One subscriber's digest for one announcement day.
 *
 * @param date        the announcement day the issue is for
 * @param coveredDays every announcement day whose papers were considered; more than {@code date} when
 *                    the issue catches up on days the service missed
 * @param quietDays   weekdays in the covered span on which arXiv made no announcement (holidays)
 * @param announced   papers announced on the covered days
 * @param scanned     papers scored for this reader (announced minus those already mailed to them
 *                    and those outside their categories)
 * @param picks       the selected papers, best first
 * @param judging     what the LLM judge did for this issue; {@link Judging#NONE} when none ran
 */
public record DailyEdition(
        Subscriber subscriber,
        LocalDate date,
        List<LocalDate> coveredDays,
        List<LocalDate> quietDays,
        int announced,
        int scanned,
        List<Pick> picks,
        Judging judging) {

    public DailyEdition {
        coveredDays = List.copyOf(coveredDays);
        quietDays = List.copyOf(quietDays);
        picks = List.copyOf(picks);
        judging = judging == null ? Judging.NONE : judging;
    }

    /** An edition no LLM judge had a hand in. */
    public DailyEdition(Subscriber subscriber, LocalDate date, List<LocalDate> coveredDays, List<LocalDate> quietDays,
            int announced, int scanned, List<Pick> picks) {
        this(subscriber, date, coveredDays, quietDays, announced, scanned, picks, Judging.NONE);
    }

    public DailyEdition withJudging(Judging j) {
        return new DailyEdition(subscriber, date, coveredDays, quietDays, announced, scanned, picks, j);
    }

    /** True when the issue also covers announcement days before {@code date}. */
    public boolean catchUp() {
        return coveredDays.size() > 1 || (coveredDays.size() == 1 && !coveredDays.get(0).equals(date));
    }
}
