package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile YAML of the notice suite, in a team checklist: each is a ChecklistException naming file, line and column. */
class HostileChecklistTest {

    private static final String NAME = ".incident-checklist.yml";

    @TempDir
    Path dir;

    private String problem(String yaml) throws IOException {
        return problem(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private String problem(byte[] bytes) throws IOException {
        Path file = write(dir, NAME, bytes);
        long start = System.nanoTime();
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file, NAME));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000, "refused quickly");
        return e.getMessage();
    }

    @Test
    void aliasBomb() throws IOException {
        StringBuilder yaml = new StringBuilder("extends: default\nvocabulary:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append("  ").append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8))
                    .append('*').append(prev).append("]\n");
        }
        assertEquals(NAME + ":1:1: invalid YAML: more than 20 aliases (an alias bomb?)", problem(yaml.toString()));
    }

    @Test
    void tagNamingAJavaClassCreatesNothing() throws IOException {
        Path target = dir.resolve("created-by-checklist");
        assertEquals(NAME + ":2:11: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.FileOutputStream",
                problem("extends: default\nelements: !!java.io.FileOutputStream [\"" + target + "\"]\n"));
        assertFalse(Files.exists(target));
    }

    @Test
    void localTagAnywhereIsRefused() throws IOException {
        assertEquals(NAME + ":4:15: YAML tag '!regex' is not allowed; write plain values",
                problem("extends: default\nelements:\n  prevention:\n    phrases: [!regex \"never again\"]\n"));
    }

    @Test
    void nestedFiveThousandLevels() throws IOException {
        assertEquals(NAME + ":1:1: invalid YAML: nested deeper than 50 levels",
                problem("extends: default\nelements: " + "[".repeat(5000) + "]".repeat(5000) + "\n"));
    }

    @Test
    void duplicateKeys() throws IOException {
        assertEquals(NAME + ":3:1: duplicate key 'elements' (first on line 2)",
                problem("extends: default\nelements: {}\nelements: {}\n"));
        assertEquals(NAME + ":5:3: duplicate key 'thanks' (first on line 3)",
                problem("extends: default\nelements:\n  thanks: off\n  fix: off\n  thanks: error\n"));
    }

    @Test
    void listOrScalarInsteadOfKeys() throws IOException {
        assertEquals(NAME + ":1:1: the checklist must be keys such as 'extends', 'elements' and 'defects'",
                problem("- extends\n- default\n"));
        assertEquals(NAME + ":1:1: the checklist must be keys such as 'extends', 'elements' and 'defects'",
                problem("just words\n"));
    }

    @Test
    void latin1Bytes() throws IOException {
        assertEquals(NAME + ":4:25: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8",
                problem("extends: default\nelements:\n  prevention:\n    phrases: [\"nous le r\u00e9parerons\"]\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void binaryAndHugeFiles() throws IOException {
        assertEquals(NAME + ":1:1: the file is binary (it contains NUL bytes), not a YAML checklist",
                problem(new byte[] {'e', 0, 1}));
        Path file = dir.resolve(NAME);
        Files.delete(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(20L * 1024 * 1024);
        }
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file, NAME));
        assertEquals(NAME + ":1:1: the checklist is larger than 1000000 bytes; it is not read", e.getMessage());
    }

    @Test
    void checklistThatIsADirectory() throws IOException {
        Files.createDirectories(dir.resolve(NAME));
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(dir.resolve(NAME), NAME));
        assertEquals(NAME + ":1:1: the checklist is not a regular file", e.getMessage());
    }

    /** Issue 20 row 3: 1.4 kB of names that name each other 80 times, 5 levels deep, would expand to ~300 MB. */
    @Test
    void vocabularyNamesThatNameEachOtherAreCappedNotExpanded() throws IOException {
        StringBuilder yaml = new StringBuilder("extends: default\nvocabulary:\n  v0: 'lol'\n");
        for (int level = 1; level <= 4; level++) {
            yaml.append("  v").append(level).append(": '").append(("{v" + (level - 1) + "}").repeat(80)).append("'\n");
        }
        yaml.append("elements:\n  prevention:\n    phrases: ['{v4}']\n");
        assertTrue(yaml.length() < 1_500, "a small file: " + yaml.length());
        assertEquals(NAME + ":10:15: phrase '{v4}' expands to more than 50000 characters of regular expression"
                + " (vocabulary '{v2}' and the names it uses are repeated at every level); name fewer vocabulary"
                + " entries inside each other", problem(yaml.toString()));
    }

    /** Issue 20 row 4: what RE2/J cannot run in linear time is a checklist error naming the phrase. */
    @Test
    void constructsThatBacktrackAreRefused() throws IOException {
        String head = "extends: default\nelements:\n  prevention:\n    phrases: [";
        assertEquals(NAME + ":4:15: phrase '(a)\\1' has a backreference ('\\1'), which RE2/J does not take (it could"
                + " make matching slow)", problem(head + "'(a)\\1']\n"));
        assertEquals(NAME + ":4:15: phrase 'never(?! again)' has a lookaround ('(?!'), which RE2/J does not take (it"
                + " could make matching slow); write the words it allows or excludes out, or use 'unless'",
                problem(head + "'never(?! again)']\n"));
        assertEquals(NAME + ":4:15: phrase '(?<=we )fixed' has a lookaround ('(?<='), which RE2/J does not take (it"
                + " could make matching slow); write the words it allows or excludes out, or use 'unless'",
                problem(head + "'(?<=we )fixed']\n"));
        assertEquals(NAME + ":4:15: phrase 'a++b' has a possessive quantifier ('++'), which RE2/J does not take; drop"
                + " the '+' after it", problem(head + "'a++b']\n"));
        assertEquals(NAME + ":4:15: phrase '(?>ab)' has an atomic group ('(?>'), which RE2/J does not take; write"
                + " '(?:' instead", problem(head + "'(?>ab)']\n"));
        assertTrue(problem("extends: default\nvocabulary:\n  x: '(?!a)b'\nelements:\n  prevention:\n    phrases: ['{x}']\n")
                .startsWith(NAME + ":3:6: vocabulary '{x}' has a lookaround"));
    }
}
