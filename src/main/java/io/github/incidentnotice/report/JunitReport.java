package io.github.incidentnotice.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;

/**
 * Writes {@code incident-notice-junit.xml} in the shape of a Surefire report, which Jenkins, GitLab and other
 * CI test tabs read: one testsuite, one testcase per notice (classname: its directory; name: its file), one
 * failure per error finding, and the warnings and the findings a baseline accepted in the testcase's system-out.
 */
public final class JunitReport {

    public static final String FILE_NAME = "incident-notice-junit.xml";
    public static final String SUITE_NAME = "incident-notice";

    private final String version;

    public JunitReport(String version) {
        this.version = version;
    }

    public void write(CheckResult result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(result, writer);
        }
    }

    public String toXml(CheckResult result) throws IOException {
        StringWriter writer = new StringWriter();
        write(result, writer);
        return writer.toString();
    }

    private void write(CheckResult result, Writer writer) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE_NAME);
            xml.writeAttribute("time", seconds(result.millis()));
            xml.writeAttribute("tests", Integer.toString(result.notices().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("failures", Long.toString(result.failedNotices()));
            newline(xml, 1);
            xml.writeStartElement("properties");
            property(xml, "checklist", result.checklistName());
            property(xml, "tool", ToolInfo.NAME + " " + version);
            newline(xml, 1);
            xml.writeEndElement();
            for (NoticeResult notice : result.notices()) {
                testcase(xml, notice, result.accepted(notice.file()));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void testcase(XMLStreamWriter xml, NoticeResult notice, List<Finding> accepted)
            throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(fileName(notice.file())));
        xml.writeAttribute("classname", clean(directory(notice.file())));
        xml.writeAttribute("time", "0");
        StringBuilder out = new StringBuilder();
        for (Finding f : notice.findings()) {
            if (f.level() == Level.ERROR) {
                newline(xml, 2);
                xml.writeStartElement("failure");
                xml.writeAttribute("message", clean(f.message()));
                xml.writeAttribute("type", clean(f.rule()));
                xml.writeCharacters(clean(ConsoleFormatter.line(f) + excerptLine(f)));
                xml.writeEndElement();
            } else if (f.level() == Level.WARNING) {
                out.append("[WARNING] ").append(ConsoleFormatter.line(f)).append(excerptLine(f)).append('\n');
            }
        }
        // accepted by the team's baseline: not failures, but not hidden either
        for (Finding f : accepted) {
            out.append("[ACCEPTED] ").append(ConsoleFormatter.line(f)).append(excerptLine(f)).append('\n');
        }
        if (out.length() > 0) {
            newline(xml, 2);
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(out.toString()));
            xml.writeEndElement();
        }
        if (!notice.findings().isEmpty() || !accepted.isEmpty()) {
            newline(xml, 1);
        }
        xml.writeEndElement();
    }

    private static String excerptLine(Finding f) {
        return f.excerpt().isBlank() ? "" : "\n    " + ConsoleFormatter.safe(f.excerpt(), 300);
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 2);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The notice's directory, which CI tools show as the test class: "." for a notice at the top. */
    static String directory(String file) {
        // names are '/'-separated already; a backslash is part of a file's own name
        int slash = file.lastIndexOf('/');
        return slash <= 0 ? "." : file.substring(0, slash);
    }

    static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** XML 1.0 cannot hold most control characters even escaped; a notice's text may contain them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                allowed = false;
            } else if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                allowed = false;
            }
            sb.append(allowed ? c : '\uFFFD');
        }
        return sb.toString();
    }
}
