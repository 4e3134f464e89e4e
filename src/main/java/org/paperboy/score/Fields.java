package org.paperboy.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields of application a reader may avoid or filter out by one name ("Medical Imaging", "Speech
 * Recognition", "applications to one domain, such as medicine"), and the words that put a paper in that
 * field when its title uses them: a paper titled "... for Surgical Intelligence" is medicine, as "...
 * Spoken Question Answering" is speech. A reader's item names a field when it holds one of the field's
 * words. Each list is the field's own vocabulary, not a guess at what the reader means: a word other
 * fields use too ("diffusion", "video", "segmentation", a "crop" of an image) is in none.
 */
final class Fields {

    private static final List<List<List<String>>> FIELDS = List.of(
            field("medical", "medicine", "clinical", "clinician", "surgical", "surgery", "radiology", "radiological",
                    "radiograph", "pathology", "histopathology", "patient", "healthcare", "biomedical", "MRI", "ultrasound",
                    "endoscopy", "endoscopic", "electronic health records", "pharmaceutical"),
            field("speech", "spoken", "ASR", "audio"),
            field("3D", "point cloud", "LiDAR", "mesh", "NeRF", "Gaussian splatting"),
            field("information retrieval", "retriever", "search engine", "reranker", "reranking"),
            field("recommendation", "recommender"),
            field("remote sensing", "satellite", "aerial imagery", "hyperspectral"),
            field("agriculture", "agricultural", "crop yield", "farming"),
            field("finance", "financial", "stock market", "fintech"));

    /** Phrases holding a field's word that name something else: hate speech is text. */
    private static final List<List<String>> NOT_A_FIELD = field("hate speech", "free speech", "part of speech",
            "parts of speech", "speech act", "figure of speech");

    private Fields() {
    }

    /** The first of the reader's items whose field the title is in, or null: {@code items} as a {@link Criterion}'s sources. */
    static String itemFor(String title, List<String> items) {
        List<String> words = Text.stems(title);
        if (otherSense(words)) {
            return null;
        }
        for (String item : items) {
            for (List<String> phrase : namedBy(item)) {
                if (Text.adjacent(words, phrase)) {
                    return item;
                }
            }
        }
        return null;
    }

    /**
     * True when the title says the field is what the work is for: the phrase comes after "for" ("Foundation
     * Models for Surgical Intelligence"). Such a paper is the field's, whatever method it names before.
     */
    static boolean appliedTo(String title, List<String> phrase) {
        Matcher m = FOR.matcher(title);
        return m.find() && Text.adjacent(Text.stems(title.substring(m.end())), phrase);
    }

    private static final Pattern FOR = Pattern.compile("\\bfor\\b", Pattern.CASE_INSENSITIVE);

    /** True when the title (as stems) uses the field's word in a phrase that names something else ("Hate Speech"). */
    static boolean otherSense(List<String> titleStems) {
        return NOT_A_FIELD.stream().anyMatch(p -> Text.adjacent(titleStems, p));
    }

    private static List<List<String>> field(String... words) {
        List<List<String>> out = new ArrayList<>();
        for (String w : words) {
            out.add(Text.stems(w));
        }
        return List.copyOf(out);
    }

    /** The phrases (as stems) of every field the reader's item names, none when it names no field. */
    static List<List<String>> namedBy(String item) {
        List<String> words = Text.stems(item);
        List<List<String>> out = new ArrayList<>();
        for (List<List<String>> field : FIELDS) {
            for (List<String> phrase : field) {
                if (Text.adjacent(words, phrase)) {
                    out.addAll(field);
                    break;
                }
            }
        }
        return out;
    }
}
