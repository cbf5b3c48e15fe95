// Maven 3.9's default maven-site-plugin (3.12.1) cannot render a maven-reporting-api 4 report: the build stops with
// one line naming the versions needed, instead of a warning and a site without the page
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal org.apache.maven.plugins:maven-site-plugin:3.12.1:site (default-site) on project site-report-old-site-plugin: incident-notice-maven-plugin's report needs maven-site-plugin 3.20.0 or later (this build uses 3.12.1) and maven-project-info-reports-plugin 3.9.0 or later; set them in <build><pluginManagement> -> [Help 1]")
assert !log.contains('AbstractMethodError')
assert !new File(basedir, 'target/site/incident-notices.html').exists()
