package io.github.incidentnotice.plugin;

import java.util.Optional;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.codehaus.plexus.classworlds.realm.ClassRealm;

/**
 * Refuses the site report in a site built by tooling older than maven-reporting-api 4 (Doxia 2), with one line
 * naming the versions needed, instead of the old site plugin's warning and a site without the page.
 */
// maven-site-plugin before 3.20 (Maven 3.9's default is 3.12.1) hands reports its own MavenReport interface, whose
// generate takes a Doxia 1 sink this report cannot implement: the call fails with an AbstractMethodError the site
// plugin logs as a warning and drops the page. canGenerateReport, which every site plugin calls on each report before
// rendering any, is where this check can still stop the build.
final class SiteTooling {

    static final String SITE_PLUGIN = "org.apache.maven.plugins:maven-site-plugin";
    static final String INFO_REPORTS = "org.apache.maven.plugins:maven-project-info-reports-plugin";
    static final String SITE_NEEDED = "3.20.0";
    static final String INFO_NEEDED = "3.9.0";

    private SiteTooling() {
    }

    /**
     * The line refusing the report, or null when the site tooling renders it.
     *
     * @param siteVersion the version of the maven-site-plugin running, or null when unknown
     * @param siteApiIsOld whether the site plugin's MavenReport is the one before maven-reporting-api 4
     * @param infoVersion the version of maven-project-info-reports-plugin in the project's reporting (else its plugin
     *     management), or null
     */
    static String problem(String siteVersion, boolean siteApiIsOld, String infoVersion) {
        boolean siteOld = siteApiIsOld || siteVersion != null && older(siteVersion, SITE_NEEDED);
        boolean infoOld = infoVersion != null && older(infoVersion, INFO_NEEDED);
        if (!siteOld && !infoOld) {
            return null;
        }
        String site = siteOld ? " (this build uses " + (siteVersion == null ? "an older one" : siteVersion) + ")" : "";
        String info = infoOld ? " (this build uses " + infoVersion + ")" : "";
        return "incident-notice-maven-plugin's report needs maven-site-plugin " + SITE_NEEDED + " or later" + site
                + " and maven-project-info-reports-plugin " + INFO_NEEDED + " or later" + info
                + "; set them in <build><pluginManagement>";
    }

    /** {@link #problem} for the site build this report runs in. */
    static String problem(MavenProject project) {
        return problem(siteVersion(), siteApiIsOld(), infoReportsVersion(project));
    }

    /** Throws {@code e} past a signature that declares no checked exception. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T unchecked(Throwable e) throws T {
        throw (T) e;
    }

    private static boolean older(String version, String needed) {
        return new ComparableVersion(version).compareTo(new ComparableVersion(needed)) < 0;
    }

    // MavenReport here is the site plugin's own: reports get it from the site plugin's class realm
    private static boolean siteApiIsOld() {
        try {
            MavenReport.class.getMethod("getOutputPath");
            return false;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    // the site plugin that loaded MavenReport is the one running, whatever the pom declares; null when the report
    // runs outside a site plugin's realm
    private static String siteVersion() {
        if (MavenReport.class.getClassLoader() instanceof ClassRealm realm) {
            String prefix = "plugin>" + SITE_PLUGIN + ":";
            if (realm.getId().startsWith(prefix)) {
                return realm.getId().substring(prefix.length());
            }
        }
        return null;
    }

    // the version in <reporting>, else the one <build><pluginManagement> gives it, as the site plugin resolves it
    private static String infoReportsVersion(MavenProject project) {
        Reporting reporting = project.getModel().getReporting();
        Optional<String> reported = reporting == null ? Optional.empty() : reporting.getPlugins().stream()
                .filter(p -> INFO_REPORTS.equals(p.getKey())).map(ReportPlugin::getVersion).filter(SiteTooling::given)
                .findFirst();
        return reported.or(() -> Optional.ofNullable(project.getPluginManagement())
                .map(m -> m.getPluginsAsMap().get(INFO_REPORTS)).map(Plugin::getVersion).filter(SiteTooling::given))
                .orElse(null);
    }

    private static boolean given(String version) {
        return version != null && !version.isBlank();
    }
}
