package io.github.incidentnotice.scaffold;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a string as one YAML scalar, quoted only when YAML needs it (a colon, a leading quote, a
 * word YAML would read as a boolean or date), so a title can never break out of the front matter.
 */
final class YamlScalar {

    private YamlScalar() {
    }

    static String of(String value) {
        DumperOptions options = new DumperOptions();
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN);
        String dumped = new Yaml(options).dump(value);
        // a root scalar is dumped as a whole document: drop the line break (and an end marker, if any)
        dumped = dumped.strip();
        if (dumped.endsWith("\n...")) {
            dumped = dumped.substring(0, dumped.length() - 4).strip();
        }
        return dumped;
    }
}
