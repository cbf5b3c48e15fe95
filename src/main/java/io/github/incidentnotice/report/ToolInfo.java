package io.github.incidentnotice.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home page, as reports name them. */
public final class ToolInfo {

    public static final String NAME = "incident-notice-maven-plugin";
    public static final String INFORMATION_URI = "https://github.com/incidentnotice/incident-notice-maven-plugin";

    private static final String VERSION = loadVersion();

    private ToolInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/io/github/incidentnotice/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
