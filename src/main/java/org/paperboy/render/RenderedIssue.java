package org.paperboy.render;

/** One issue ready to mail: its subject line and both message parts. */
public record RenderedIssue(String subject, String html, String text) {
}
