package org.paperboy.subscriber;

/**
 * One interest in plain language: what to keep and what to filter out, as in
 * "Model Compression - Keep: pruning, quantization ... - Filter: straightforward application ...".
 */
public record Topic(String name, String keep, String filter) {
    public Topic {
        name = name == null ? "" : name.strip();
        keep = keep == null ? "" : keep.strip();
        filter = filter == null ? "" : filter.strip();
        if (name.isEmpty() && keep.isEmpty()) {
            throw new IllegalArgumentException("a topic needs a name or a keep text");
        }
    }

    /** The name, or the start of the keep text when the topic has no name. */
    public String label() {
        if (!name.isEmpty()) {
            return name;
        }
        return keep.length() <= 40 ? keep : keep.substring(0, 40).strip() + "…";
    }
}
