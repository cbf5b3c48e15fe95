package io.github.incidentnotice.plugin;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.engine.CheckEngine;
import org.apache.maven.plugin.MojoExecutionException;

/** How the goals read the parameters they share: comma-separated lists and the notices' encoding. */
final class MojoParameters {

    private MojoParameters() {
    }

    /** Parameters given on the command line arrive as one comma-separated value. */
    static List<String> split(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    /** The encoding parameter as a charset (UTF-8 when unset); an unknown one is a configuration error. */
    static Charset charset(String encoding) throws MojoExecutionException {
        try {
            return CheckEngine.charset(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("Unknown encoding '" + encoding + "' (incident-notice.encoding).");
        }
    }
}
