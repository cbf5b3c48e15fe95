package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Origins;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

class SiteReportRendererTest {

    /** A sink that keeps the text written to it. */
    private static Sink recording(List<String> text) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (proxy, method, args) -> {
            if (method.getName().equals("text") && args != null && args[0] instanceof String s) {
                text.add(s);
            }
            return null;
        });
    }

    @Test
    void anElementWithoutADescriptionShowsNoNull() {
        ElementSpec bare = new ElementSpec("status-link", null, "Link the status page.", Map.of(), false, List.of(),
                List.of(), List.of(), List.of(), List.of(), Origins.NONE, List.of());
        Checklist checklist = new Checklist("team.yml", List.of(bare), List.of(), Map.of(), Map.of());
        List<String> text = new ArrayList<>();

        new SiteReportRenderer(recording(text), checklist, "1.0", null).render(new CheckResult("team.yml", List.of(), 0, 0));

        assertTrue(text.contains("status-link"), text.toString());
        assertTrue(text.contains(" Link the status page."), text.toString());
        assertFalse(String.join("|", text).contains("null"), text.toString());
    }

    @Test
    void aNoticeIsHeadedByItsTitleAndDateWithItsFileBeneath() {
        Checklist checklist = new Checklist("team.yml", List.of(), List.of(), Map.of(), Map.of());
        NoticeResult titled = new NoticeResult("incidents/2026-03-02-checkout.md", Kind.INCIDENT, Stage.RESOLVED, false,
                false, Map.of(), List.of(), Map.of(), Map.of(), "Checkout failed", "2026-03-02T09:14:00Z");
        NoticeResult untitled = new NoticeResult("incidents/untitled.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of(), List.of(), Map.of(), Map.of(), null, null);
        List<String> text = new ArrayList<>();

        new SiteReportRenderer(recording(text), checklist, "1.0", null)
                .render(new CheckResult("team.yml", List.of(titled, untitled), 0, 0));

        int heading = text.indexOf("PASS: Checkout failed (2026-03-02 09:14 UTC)");
        assertTrue(heading >= 0, text.toString());
        assertTrue(text.get(heading + 1).equals("incidents/2026-03-02-checkout.md"), text.toString());
        assertTrue(text.contains("PASS: incidents/untitled.md"), text.toString());
    }
}
