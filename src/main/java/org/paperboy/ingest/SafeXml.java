package org.paperboy.ingest;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never resolves DTDs or external entities. arXiv's feeds carry no DOCTYPE, so a
 * document with one is refused outright: that stops XXE and entity-expansion ("billion laughs") attacks.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** Opens the document positioned on its root element, refusing DTDs. */
    static XMLStreamReader open(String xml, String source) {
        if (xml == null || xml.isBlank()) {
            throw new FeedException(source + " is empty; nothing was stored");
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FeedException(source + " contains a DOCTYPE declaration, which arXiv feeds never have;"
                            + " refused unread (possible XML entity attack); nothing was stored");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            throw new FeedException(source + " has no root element; nothing was stored");
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    static FeedException malformed(String source, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
        String reason = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
        return new FeedException(source + " is not well-formed XML" + where + ": " + reason
                + " (a truncated download?); nothing was stored, try again later", e);
    }
}
