package org.paperboy.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the form shows it reads back as it was, after a browser sent it with CRLF line breaks. */
class ProfileFormTest {

    private static String sent(String shown) {
        return shown.replace("\n", "\r\n");
    }

    @Test
    void listsComeBackEntryForEntryWithTheirCommas() {
        for (List<String> list : List.<List<String>>of(List.of(), List.of("Song Han"), List.of("LeCun, Yann"), List.of("LeCun, Yann", "Song Han"),
                List.of("sparsity", "low-rank"))) {
            assertThat(ProfileForm.list(sent(ProfileForm.show(list)))).as(list.toString()).isEqualTo(list);
        }
        assertThat(ProfileForm.list("Yann LeCun, Fei-Fei Li")).as("typed on one line").containsExactly("Yann LeCun", "Fei-Fei Li");
    }

    @Test
    void paragraphsComeBackAsTheyWere() {
        List<String> about = List.of("I build small models\nfor phones.", "Benchmarks alone rarely interest me.");
        assertThat(ProfileForm.paragraphs(sent(ProfileForm.showParagraphs(about)))).isEqualTo(about);
    }

    @Test
    void aTopicWithOnlyWhatToLeaveOutIsAProblemNamedByItsNumber() {
        Subscriptions.Form f = new Subscriptions.Form("ada@example.org", "", "", "", "", "", "daily", "7", "UTC", "", "", null, null,
                List.of(new Subscriptions.TopicFields("Parsing", "syntax", ""), new Subscriptions.TopicFields("", " ", "surveys")),
                null, null);
        assertThat(ProfileForm.read(f, null).problems()).containsExactly(
                "Topic 2 says only what to leave out: please say what to look for too, or empty it to remove it.");
    }
}
