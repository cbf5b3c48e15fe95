// a current maven-site-plugin with a maven-project-info-reports-plugin before 3.9: one line naming the version to raise
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal org.apache.maven.plugins:maven-site-plugin:3.21.0:site (default-site) on project site-report-old-project-info: incident-notice-maven-plugin's report needs maven-site-plugin 3.20.0 or later and maven-project-info-reports-plugin 3.9.0 or later (this build uses 3.6.0); set them in <build><pluginManagement> -> [Help 1]")
assert !new File(basedir, 'target/site/incident-notices.html').exists()
