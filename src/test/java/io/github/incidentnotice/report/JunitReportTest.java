package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report parsed back: the Surefire shape CI tools read, and safe for any text a notice holds. */
class JunitReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fixtureNoticesParseBackAsOneSuiteWithATestcasePerNotice() throws Exception {
        CheckResult result = ReportFixtures.result();
        Document doc = parse(new JunitReport("1").toXml(result));
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0.042", suite.getAttribute("time"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        Element search = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("2026-02-11-search-down.md")) {
                search = c;
            }
        }
        assertEquals("incidents/2026", search.getAttribute("classname"));
        NodeList failures = search.getElementsByTagName("failure");
        NoticeResult notice = result.notices().stream().filter(n -> n.file().endsWith("search-down.md")).findFirst().orElseThrow();
        assertEquals(notice.errors(), failures.getLength());
        Element nonApology = null;
        for (int i = 0; i < failures.getLength(); i++) {
            if (((Element) failures.item(i)).getAttribute("type").equals("non-apology")) {
                nonApology = (Element) failures.item(i);
            }
        }
        assertEquals("\"apologize for any inconvenience\" is not an apology; say what you are sorry for.",
                nonApology.getAttribute("message"));
        assertTrue(nonApology.getTextContent().startsWith("incidents/2026/2026-02-11-search-down.md:11:4: [non-apology] "));
        String out = search.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("[WARNING] incidents/2026/2026-02-11-search-down.md:7:1: [vague-impact] "), out);
        assertEquals(notice.warnings(), out.lines().filter(l -> l.startsWith("[WARNING]")).count());
    }

    @Test
    void hostileTextStaysWellFormed() throws Exception {
        Finding f = new Finding("placeholder", null, Level.ERROR, "in<c>id&ents/x\"y.md", 3, 2,
                "bad ]]> <![CDATA[ \u0000\u0007\u001b[2J \uD800 text", "<script>alert(1)</script>");
        NoticeResult n = new NoticeResult("in<c>id&ents/x\"y.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("apology", ElementState.ABSENT), List.of(f));
        String xml = new JunitReport("1").toXml(new CheckResult("default", List.of(n), 5, 0));
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("bad ]]> <![CDATA[ "));
        assertFalse(failure.getAttribute("message").contains("\u001b"));
        assertTrue(failure.getTextContent().contains("<script>alert(1)</script>"));
        assertEquals("in<c>id&ents", ((Element) parse(xml).getElementsByTagName("testcase").item(0)).getAttribute("classname"));
    }
}
