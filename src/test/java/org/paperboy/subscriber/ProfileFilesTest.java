package org.paperboy.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFilesTest {

    @TempDir
    Path dir;

    @Test
    void theExampleProfilesAreValid() {
        List<Subscriber> examples = ProfileFiles.loadDirectory(Path.of("subscribers"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        Subscriber ada = examples.stream().filter(s -> s.email().equals("ada@example.org")).findFirst().orElseThrow();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.profile().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(ada.profile().topics()).extracting(Topic::name).contains("Reasoning in language models");
        assertThat(ada.profile().topics().get(0).filter()).isNotEmpty();
        assertThat(ada.profile().authors()).contains("Preslav Nakov");
        assertThat(ada.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void anOversizedProfileOrNameIsRefusedWithItsFile() throws Exception {
        Path huge = Files.writeString(dir.resolve("huge.yaml"), "email: x@example.org\nkeywords: [" + "parsing, ".repeat(40_000) + "x]\n");
        assertThatThrownBy(() -> ProfileFiles.read(huge)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("huge.yaml").hasMessageContaining("KB");
        assertThatThrownBy(() -> ProfileFiles.parse("email: x@example.org\nname: " + "N".repeat(300) + "\nkeywords: [x]\n", "long.yaml"))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("long.yaml").hasMessageContaining("name");
    }

    @Test
    void missingKeysTakeTheDocumentedDefaults() {
        Subscriber s = ProfileFiles.parse("email: x@example.org\nkeywords: [parsing]\n", "x.yaml");
        assertThat(s.profile().maxPapers()).isEqualTo(30);
        assertThat(s.profile().deliveryHour()).isEqualTo(7);
        assertThat(s.profile().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(s.profile().frequency()).isEqualTo(Frequency.DAILY);
        assertThat(s.profile().categories()).isEmpty();
        assertThat(s.profile().abstracts()).isEqualTo(Abstracts.SHORT);
    }

    @Test
    void abstractsAreFullShortOrNone() {
        assertThat(ProfileFiles.parse("email: x@example.org\nkeywords: [x]\nabstracts: Full\n", "x.yaml").profile().abstracts())
                .isEqualTo(Abstracts.FULL);
        assertThat(ProfileFiles.parse("email: x@example.org\nkeywords: [x]\nabstracts: none\n", "x.yaml").profile().abstracts())
                .isEqualTo(Abstracts.NONE);
        assertThatThrownBy(() -> ProfileFiles.parse("email: x@example.org\nkeywords: [x]\nabstracts: some\n", "x.yaml"))
                .hasMessageContaining("x.yaml:3:1: abstracts must be full, short or none, not 'some'");
    }

    @Test
    void eachProblemNamesFileLineAndReason() {
        String yaml = """
                email: not-an-address
                name: Bob
                max_papers: 900
                time_zone: Mars/Olympus
                colour: blue
                topics:
                  - name: Parsing
                    kep: syntax
                """;
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> ProfileFiles.parse(yaml, "subscribers/bob.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).contains(
                "subscribers/bob.yaml:1:1: 'not-an-address' is not an email address like ada@example.org",
                "subscribers/bob.yaml:3:1: max_papers must be between 1 and 500, not 900",
                "subscribers/bob.yaml:4:1: unknown time zone 'Mars/Olympus' (use a name like Europe/Berlin or UTC)");
        assertThat(e.getMessage()).contains("bob.yaml:5:1: unknown key 'colour'").contains("allowed: email, name");
        assertThat(e.getMessage()).contains("bob.yaml:8:5: unknown topic key 'kep'");
    }

    @Test
    void brokenYamlIsReportedWithItsPosition() {
        assertThatThrownBy(() -> ProfileFiles.parse("email: a@example.org\ntopics: [unclosed\n", "a.yaml"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("a.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aProfileMustAskForSomething() {
        assertThatThrownBy(() -> ProfileFiles.parse("email: a@example.org\n", "a.yaml"))
                .hasMessageContaining("add topics, authors, keywords or about");
    }

    @Test
    void aFolderReportsTheProblemsOfEveryFileAndImportsNothing() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "email: a@example.org\nkeywords: [x]\n");
        Files.writeString(dir.resolve("b.yaml"), "email: b@\nkeywords: [x]\n");
        Files.writeString(dir.resolve("c.yml"), "email: c@example.org\ndelivery_hour: 25\nkeywords: [x]\n");
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> ProfileFiles.loadDirectory(dir));
        assertThat(e.problems()).extracting(ProfileProblem::file).containsExactly(
                dir.resolve("b.yaml").toString(), dir.resolve("c.yml").toString());
    }

    @Test
    void writingAndReadingBackGivesTheSameSubscriber() {
        Subscriber ada = ProfileFiles.read(Path.of("subscribers/ada-language.yaml"));
        assertThat(ProfileFiles.parse(ProfileFiles.toYaml(ada), "round-trip.yaml")).isEqualTo(ada);
    }

    @Test
    void headerInjectionInAnAddressIsRefused() {
        assertThatThrownBy(() -> ProfileFiles.parse("email: \"a@example.org\\r\\nBcc: all@example.org\"\nkeywords: [x]\n", "a.yaml"))
                .hasMessageContaining("is not an email address");
    }
}
