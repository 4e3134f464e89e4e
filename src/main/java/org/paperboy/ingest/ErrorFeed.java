package org.paperboy.ingest;

import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * arXiv's feed service answers a query it cannot serve (an unknown category, say) with HTTP 400 and an
 * item-less RSS feed titled "Feed error for query: ..." whose description says what was wrong
 * (arXiv/arxiv-feed, serializers/serializer.py). That description is the most useful thing to tell
 * the operator.
 */
final class ErrorFeed {

    static final String TITLE = "Feed error for query";

    private ErrorFeed() {
    }

    /** arXiv's explanation when {@code body} is its error feed; empty for anything else. */
    static Optional<String> reason(String body) {
        if (body == null || !body.contains(TITLE)) {
            return Optional.empty();
        }
        try {
            XMLStreamReader r = SafeXml.open(body, "response");
            String title = "";
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2) {
                    String name = r.getLocalName();
                    if ("item".equals(name)) {
                        return Optional.empty();
                    }
                    if ("title".equals(name) || "description".equals(name)) {
                        String text = r.getElementText().strip();
                        depth--;
                        if ("title".equals(name)) {
                            title = text;
                        } else if (title.startsWith(TITLE) && !text.isEmpty()) {
                            return Optional.of(text);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | FeedException e) {
            return Optional.empty();
        }
    }
}
