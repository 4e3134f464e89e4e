package org.paperboy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void anEditedTemplateShowsWithoutANewEngine() throws IOException {
        copyDailyTemplates();
        Templates templates = new Templates(dir);
        DailyRenderer renderer = new DailyRenderer(templates);
        assertThat(renderer.render(Editions.edition(java.util.List.of()), Editions.LINKS).text()).startsWith("PAPERBOY DAILY");

        Path txt = dir.resolve("email/daily.txt.peb");
        Files.writeString(txt, Files.readString(txt).replace("PAPERBOY DAILY", "MORNING PAPERS"));
        assertThat(renderer.render(Editions.edition(java.util.List.of()), Editions.LINKS).text()).startsWith("MORNING PAPERS");
    }

    @Test
    void htmlTemplatesEscapeAndTextTemplatesDoNot() throws IOException {
        Files.writeString(dir.resolve("t.html.peb"), "<p>{{ v }}</p>");
        Files.writeString(dir.resolve("t.txt.peb"), "{{ v }}");
        Templates templates = new Templates(dir);
        Map<String, Object> model = Map.of("v", "Tom & Jerry <b>");
        assertThat(templates.render("t.html.peb", model)).isEqualTo("<p>Tom &amp; Jerry &lt;b&gt;</p>");
        assertThat(templates.render("t.txt.peb", model)).isEqualTo("Tom & Jerry <b>");
    }

    @Test
    void templatesCannotReachIntoTheJvm() throws IOException {
        Files.writeString(dir.resolve("evil.txt.peb"), "{{ v.getClass().forName('java.lang.Runtime') }}");
        Templates templates = new Templates(dir);
        assertThatThrownBy(() -> templates.render("evil.txt.peb", Map.of("v", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evil.txt.peb").hasMessageContaining("getClass");
    }

    @Test
    void aMissingVariableIsAnErrorNamingTheTemplate() throws IOException {
        Files.writeString(dir.resolve("typo.html.peb"), "{{ nmae }}");
        assertThatThrownBy(() -> new Templates(dir).render("typo.html.peb", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("typo.html.peb").hasMessageContaining("fix the template");
    }

    @Test
    void aMissingFolderSaysHowToFixIt() {
        assertThatThrownBy(() -> new Templates(dir.resolve("nope")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("templates_dir");
    }

    private void copyDailyTemplates() throws IOException {
        Files.createDirectories(dir.resolve("email"));
        for (String name : new String[] {"frame.html.peb", "daily.html.peb", "daily.txt.peb"}) {
            Files.copy(Path.of("templates/email", name), dir.resolve("email").resolve(name));
        }
    }
}
