package io.github.incidentnotice.plugin;

import java.io.IOException;

import io.github.incidentnotice.baseline.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline: every error and warning the check finds now, so that {@code check} fails only on new ones
 * while the team fixes the old. It reads the notices as {@code check} does and never changes one; it overwrites
 * only the baseline file.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractCheckingMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping the incident notice baseline (incident-notice.skip).");
            return;
        }
        if (baselineFile.isDirectory()) {
            throw new MojoExecutionException("The baseline " + baselineName() + " is a directory; point"
                    + " incident-notice.baselineFile at a file such as .incident-notice-baseline.json.");
        }
        // every notice, whatever the old baseline accepted: the new one replaces it
        Checked checked = checkNotices(null, null);
        if (checked == null) {
            return;
        }
        String target = ChecklistResolver.displayName(project.getBasedir().toPath(), baselineFile.toPath());
        if (checked.result().notices().stream().anyMatch(n -> n.file().equals(target))) {
            // a notice is never written over, however the parameter is set
            throw new MojoExecutionException("The baseline " + baselineName() + " is one of the notices; point"
                    + " incident-notice.baselineFile at a file of its own such as .incident-notice-baseline.json.");
        }
        Baseline baseline = Baseline.of(checked.result());
        try {
            baseline.write(baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + baselineName() + ": " + e.getMessage());
        }
        long findings = baseline.findings();
        long notices = baseline.notices();
        getLog().info("Wrote " + baselineName() + ": " + findings + " finding" + (findings == 1 ? "" : "s") + " in "
                + notices + " notice" + (notices == 1 ? "" : "s") + ".");
    }
}
