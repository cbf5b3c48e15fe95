package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SafeYamlTest {

    private static String problem(String yaml) {
        InputProblem p = assertThrows(InputProblem.class, () -> SafeYaml.compose(yaml, 3));
        return p.line() + ":" + p.column() + " " + p.getMessage();
    }

    @Test
    void syntaxErrorsNameTheFileLineAndColumn() {
        assertEquals("4:2 invalid YAML: expected ',' or ']', but got :", problem("title: [a, b\nx: 1\n"));
        assertEquals("3:5 invalid YAML: mapping values are not allowed here", problem("a: b: c\n"));
        assertEquals("4:4 invalid YAML: found undefined alias y", problem("a: &x [1]\nb: *y\n"));
        assertEquals("4:1 invalid YAML: found unexpected end of stream", problem("\"unterminated\n"));
    }

    @Test
    void documentsComposedOneAfterAnotherDoNotShareState() throws InputProblem {
        // the options and the resolver are shared: an alias or an error in one document must not leak into the next
        assertEquals("4:4 invalid YAML: found undefined alias y", problem("a: &x [1]\nb: *y\n"));
        Object value = SafeYaml.toValue(SafeYaml.compose("a: &x [1]\nb: *x\ndate: 2024-01-01\nn: 3\n", 1), 1);
        assertEquals(Map.of("a", List.of(1L), "b", List.of(1L), "date", "2024-01-01", "n", 3L), value);
        assertEquals("4:4 invalid YAML: found undefined alias y", problem("a: &x [1]\nb: *y\n"));
    }
}
