package io.github.incidentnotice.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;

/**
 * The speed benchmark (issue 8). For each size N it generates N notices (fixed seed) into
 * {@code target/bench/n<N>/incidents} and measures, in one run: (a) the floor, a fresh JVM that only
 * reads and parses the notices (commonmark-java + SnakeYAML); (b) the engine cold in a fresh JVM, with
 * the default threads and with one; (c) the engine warm, in this JVM; (d) an unchanged re-run with
 * the findings cache; (e) a run after 1% of the notices changed; (f) peak heap under {@code -Xmx256m};
 * the whole {@code mvn verify} (cold, cached) and a one-notice run; the floor, the cold engine and
 * the cold {@code mvn verify} again with the JIT's C1 tier only; and, when npm can install them,
 * markdownlint-cli2 (MD043 required headings) and mdschema on the same files. Each figure is the
 * median of {@code --runs} runs; the two sides of each target ratio are run in turn, round by round,
 * so that drift in the machine's speed shifts both alike. Wall time and CPU time (user + system) are
 * both printed, because other builds may share the machine. Results go to stdout and {@code target/bench/results.md}.
 * Run it with {@code ./mvnw -B -Pbench verify} (see {@code src/site/markdown/performance.md}).
 */
public final class Benchmark {

    /** Tiered compilation stopped at C1: most of a short run's CPU otherwise goes to C2 compiling. */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private final Path dir;
    private final List<Integer> sizes;
    private final int runs;
    private final String mvn;
    private final Path repo;
    private final String repoTail;
    private final String pluginVersion;
    private final boolean peers;
    private final String classpath = System.getProperty("java.class.path");
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final boolean hasTime = Files.isExecutable(Path.of("/usr/bin/time"));
    private final StringBuilder report = new StringBuilder();

    private Benchmark(Map<String, String> options) {
        this.dir = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        this.sizes = Arrays.stream(options.getOrDefault("sizes", "2000,10000").split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
        this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        this.mvn = options.get("maven");
        this.repo = options.containsKey("repo") ? Path.of(options.get("repo")).toAbsolutePath() : null;
        this.repoTail = options.get("repo-tail");
        this.pluginVersion = options.get("plugin-version");
        this.peers = Boolean.parseBoolean(options.getOrDefault("peers", "true"));
    }

    /** Options as {@code --name value}: dir, sizes, runs, maven, repo, repo-tail, plugin-version, peers. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
    }

    /** A measured external run: wall and CPU seconds, exit code and what it printed. */
    record Timing(double wall, double cpu, int exit, String output) {
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        line("# incident-notice benchmark");
        line("");
        line("Commit " + commit() + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + " (how to read this report: src/site/markdown/performance.md)");
        line("");
        line(String.format(Locale.ROOT, "%d cores, Java %s, %d runs per figure (median); load average at start %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs, loadAverage()));
        Path node = peers ? installPeers() : null;
        Timing mavenFixed = mvn == null ? null : mavenFixedCost();
        for (int n : sizes) {
            size(n, node, mavenFixed);
        }
        Files.writeString(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println("written " + dir.resolve("results.md"));
    }

    private void size(int n, Path node, Timing mavenFixed) throws Exception {
        Path project = dir.resolve("n" + n);
        Path incidents = project.resolve("incidents");
        deleteTree(project);
        new NoticeGenerator(NoticeGenerator.SEED).write(incidents, n);
        // as in a repository whose notices were committed earlier: the cache keeps their stamps
        setTimes(incidents, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        writeProject(project);
        line("");
        line("## " + n + " notices (" + lines(incidents) + " lines, " + bytes(incidents) / 1024 + " kB)");
        line("");
        line("| figure | wall s | cpu s | notes |");
        line("|---|---|---|---|");

        // The figures whose ratios are reported are measured in turn within each round (floor, cold, cached,
        // mdschema and the C1-only pair; then mvn verify, with and without C1 only, and markdownlint-cli2),
        // so that the machine's drift over the benchmark shifts both sides of a ratio alike.
        Path cacheFile = project.resolve("target/incident-notice/findings-cache.bin");
        exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(), cacheFile.toString(), "0");
        List<Timing> engineRound = interleaved(
                () -> exec(project, java, "-cp", classpath, FloorRun.class.getName(), incidents.toString()),
                () -> exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(), "-", "0"),
                () -> exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(), "-", "1"),
                () -> exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(),
                        cacheFile.toString(), "0"),
                node == null ? null : mdschema(node, project, incidents),
                // the same floor and engine with the JIT's C1 tier only, a JVM setting a team may choose for short builds
                () -> exec(project, java, C1_ONLY, "-cp", classpath, FloorRun.class.getName(), incidents.toString()),
                () -> exec(project, java, C1_ONLY, "-cp", classpath, EngineRun.class.getName(), project.toString(), "-",
                        "0"));
        Timing floor = engineRound.get(0);
        Timing cold = engineRound.get(1);
        Timing coldOne = engineRound.get(2);
        Timing cached = engineRound.get(3);
        Timing mdschema = engineRound.get(4);
        Timing floorC1 = engineRound.get(5);
        Timing coldC1 = engineRound.get(6);
        row("(a) floor: read + parse only, fresh JVM", floor, "");
        row("(b) engine cold, fresh JVM", cold, summary(cold));
        row("(b') engine cold, fresh JVM, 1 thread", coldOne, "");
        row("(a1) floor, C1 only (" + C1_ONLY + ")", floorC1, "");
        row("(b1) engine cold, C1 only", coldC1, summary(coldC1));
        double[] warm = warm(project);
        line(String.format(Locale.ROOT, "| (c) engine warm (same JVM, 6th run) | %.2f | %.2f | |", warm[0], warm[1]));
        row("(d) unchanged re-run with the cache, fresh JVM", cached, summary(cached));
        Random random = new Random(NoticeGenerator.SEED + n);
        Timing changed = median(() -> {
            touchOnePercent(incidents, n, random);
            return exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(),
                    cacheFile.toString(), "0");
        });
        row("(e) after 1% changed, with the cache, fresh JVM", changed, summary(changed));
        // a fresh clone with the cache restored (as a CI cache step does): the same bytes, every file time new,
        // so every file is read and hashed
        Timing cloned = median(() -> {
            setTimes(incidents, FileTime.from(Instant.now()));
            return exec(project, java, "-cp", classpath, EngineRun.class.getName(), project.toString(),
                    cacheFile.toString(), "0");
        });
        row("(d') unchanged bytes, every file time new (a fresh clone, cache restored), fresh JVM", cloned,
                summary(cloned));
        Timing heap = exec(project, java, "-Xmx256m", "-Dbench.heap=true", "-cp", classpath, EngineRun.class.getName(), project.toString(), "-", "0");
        String[] heapFields = heap.output().strip().split("\\s+");
        long peak = heap.exit() == 0 ? Long.parseLong(heapFields[heapFields.length - 1]) : -1;
        line(String.format(Locale.ROOT, "| (f) peak heap used, -Xmx256m | | | %s |",
                heap.exit() == 0 ? (peak / (1024 * 1024)) + " MB" : "FAILED: " + heap.output().strip()));

        Measured markdownlintRun = node == null ? null
                : () -> exec(project, node.resolve("node_modules/.bin/markdownlint-cli2").toString(), "incidents/**/*.md");
        Timing mvnCold = null;
        Timing mvnVerifyC1 = null;
        Timing markdownlint = null;
        if (mvn != null && repo != null) {
            List<Timing> mavenRound = interleaved(() -> {
                deleteTree(project.resolve("target"));
                return maven(project, "verify", "-Dincident-notice.cache=false");
            }, markdownlintRun, () -> {
                deleteTree(project.resolve("target"));
                return mavenWithOpts(C1_ONLY, project, "verify", "-Dincident-notice.cache=false");
            });
            mvnCold = mavenRound.get(0);
            markdownlint = mavenRound.get(1);
            mvnVerifyC1 = mavenRound.get(2);
            row("mvn -o -q verify, no cache", mvnCold, "exit " + mvnCold.exit());
            row("mvn -o -q verify, no cache, MAVEN_OPTS=" + C1_ONLY, mvnVerifyC1, "exit " + mvnVerifyC1.exit());
            maven(project, "verify");
            Timing mvnCached = median(() -> maven(project, "verify"));
            row("mvn -o -q verify, unchanged, with the cache", mvnCached, "exit " + mvnCached.exit());
            Timing one = median(() -> maven(project, "verify", "-Dincident-notice.notice=incidents/2020/01/notice-00000.md"));
            row("mvn -o -q verify -Dincident-notice.notice=<one file>", one, "exit " + one.exit());
            row("mvn -o -q validate, empty project (Maven's fixed cost)", mavenFixed, "");
        } else if (markdownlintRun != null) {
            markdownlint = median(markdownlintRun);
        }
        if (markdownlint != null) {
            row("markdownlint-cli2 0.22.1, MD043 required headings", markdownlint, "exit " + markdownlint.exit() + ": "
                    + markdownlint.output());
        }
        if (mdschema != null) {
            row("mdschema 0.15.4, required headings", mdschema, "exit " + mdschema.exit() + ": " + mdschema.output());
        }

        line("");
        ratio("cold engine / cold floor (target <= 1.3)", cold, floor);
        ratio("cold engine / cold floor, both C1 only", coldC1, floorC1);
        ratio("unchanged cached re-run / cold engine (target <= 0.10)", cached, cold);
        ratio("unchanged bytes after a fresh clone, cached / cold engine", cloned, cold);
        ratio("1% changed / cold engine", changed, cold);
        ratio("2 threads / 1 thread, cold", cold, coldOne);
        if (mdschema != null) {
            ratio("cold engine / mdschema (target < 1 on 10,000)", cold, mdschema);
        }
        if (markdownlint != null) {
            ratio("cold engine / markdownlint-cli2", cold, markdownlint);
            if (mvnCold != null) {
                ratio("whole mvn verify / markdownlint-cli2 (target <= 0.7 on 2,000)", mvnCold, markdownlint);
                ratio("whole mvn verify, MAVEN_OPTS=" + C1_ONLY + " / markdownlint-cli2", mvnVerifyC1, markdownlint);
            }
        }
    }

    private String summary(Timing t) {
        String[] f = t.output().strip().split("\\s+");
        if (t.exit() != 0 || f.length < 7) {
            return "FAILED: " + t.output().strip();
        }
        return f[1] + " notices, " + f[3] + " errors, " + f[4] + " warnings, " + f[5] + " from cache";
    }

    /** The engine in this JVM: six runs, the wall and CPU time of the last (the JIT has compiled the hot code by then). */
    private double[] warm(Path project) throws IOException {
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] last = new double[2];
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            engine.run(CheckRequest.of(project, project.resolve("incidents")), io.github.incidentnotice.engine.NoticeCache.none(), CheckEngine.defaultThreads());
            last[0] = (System.nanoTime() - start) / 1e9;
            last[1] = (os.getProcessCpuTime() - cpu) / 1e9;
        }
        return last;
    }

    /** Month-directory globs grouped so that no group matches more than 1,000 files. */
    private static List<List<String>> mdschemaBatches(Path project, Path incidents) throws IOException {
        Map<String, Long> perDirectory = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(incidents)) {
            walk.filter(Files::isRegularFile).forEach(f -> perDirectory.merge(
                    project.relativize(f.getParent()).toString().replace('\\', '/') + "/*.md", 1L, Long::sum));
        }
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        long count = 0;
        for (Map.Entry<String, Long> e : perDirectory.entrySet()) {
            if (count + e.getValue() > 1000 && !batch.isEmpty()) {
                batches.add(batch);
                batch = new ArrayList<>();
                count = 0;
            }
            batch.add(e.getKey());
            count += e.getValue();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Gives every notice the same modification time. */
    private static void setTimes(Path incidents, FileTime time) throws IOException {
        try (Stream<Path> walk = Files.walk(incidents)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, time);
            }
        }
    }

    /** Appends a line to 1% of the notices (at least one), as edits between two builds would. */
    private static void touchOnePercent(Path incidents, int n, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(incidents)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < Math.max(1, n / 100); i++) {
            Path f = files.get(random.nextInt(files.size()));
            Files.writeString(f, "\nUpdate " + random.nextInt(1_000_000) + ": we added a timeline.\n",
                    StandardOpenOption.APPEND);
        }
    }

    private void writeProject(Path project) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>notices</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.incidentnotice</groupId>
                        <artifactId>incident-notice-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration><failOnViolation>false</failOnViolation></configuration>
                        <executions><execution><goals><goal>check</goal></goals></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion == null ? "0.1.0-SNAPSHOT" : pluginVersion));
        // the peers get a required-headings configuration over the same files
        Files.writeString(project.resolve(".markdownlint-cli2.jsonc"), """
                {
                  "config": {
                    "default": false,
                    "MD043": {"headings": ["*", "## What happened", "*", "## Impact", "*"]}
                  }
                }
                """);
        Files.writeString(project.resolve(".mdschema.yml"), """
                frontmatter:
                  fields:
                    - name: title
                    - name: date
                    - name: status
                structure:
                  - heading:
                      pattern: "# .*"
                    children:
                      - heading:
                          pattern: "## What happened"
                      - heading:
                          pattern: "## Impact"
                """);
    }

    private Timing mavenFixedCost() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Files.writeString(empty.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId><artifactId>empty</artifactId><version>1</version><packaging>pom</packaging>
                </project>
                """);
        return median(() -> maven(empty, "validate"));
    }

    private Timing maven(Path project, String... args) throws IOException, InterruptedException {
        return mavenWithOpts(null, project, args);
    }

    /** Maven with MAVEN_OPTS set (null: as inherited). */
    private Timing mavenWithOpts(String mavenOpts, Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-q", "-o", "-Dmaven.repo.local=" + repo));
        if (repoTail != null) {
            // the plugin's BOM imports and Maven's own plugins come from the user's repository, read-only
            command.add("-Dmaven.repo.local.tail=" + repoTail);
        }
        command.addAll(List.of(args));
        return exec(project, mavenOpts == null ? Map.of() : Map.of("MAVEN_OPTS", mavenOpts), command.toArray(new String[0]));
    }

    /** Installs the peer linters under target/bench/node with npm; null when npm or the registry is not there. */
    private Path installPeers() {
        Path node = dir.resolve("node");
        Path marker = node.resolve("node_modules/@jackchuka/mdschema-linux-x64/bin/mdschema");
        if (Files.isExecutable(marker) && Files.isExecutable(node.resolve("node_modules/.bin/markdownlint-cli2"))) {
            return node;
        }
        try {
            Files.createDirectories(node);
            Timing t = exec(node, "npm", "install", "--no-audit", "--no-fund", "--prefix", node.toString(),
                    "markdownlint-cli2@0.22.1", "@jackchuka/mdschema-linux-x64@0.15.4");
            if (t.exit() == 0 && Files.isExecutable(marker)) {
                return node;
            }
            line("peer linters not installed (npm exit " + t.exit() + "); their ratios are left out");
        } catch (IOException | InterruptedException e) {
            line("peer linters not installed (" + e.getMessage() + "); their ratios are left out");
        }
        return null;
    }

    private interface Measured {
        Timing run() throws Exception;
    }

    /** mdschema on every notice: it refuses more than 1,000 files per call, so batches of whole month directories. */
    private Measured mdschema(Path node, Path project, Path incidents) throws IOException {
        List<List<String>> batches = mdschemaBatches(project, incidents);
        String mdschemaBinary = node.resolve("node_modules/@jackchuka/mdschema-linux-x64/bin/mdschema").toString();
        return () -> {
            double wall = 0;
            double cpu = 0;
            int exit = 0;
            String last = "";
            for (List<String> batch : batches) {
                List<String> command = new ArrayList<>(List.of(mdschemaBinary, "check", "--schema", ".mdschema.yml"));
                command.addAll(batch);
                Timing t = exec(project, command.toArray(new String[0]));
                wall += t.wall();
                cpu += t.cpu();
                exit = Math.max(exit, t.exit());
                last = t.output();
            }
            return new Timing(wall, cpu, exit, batches.size() + " calls, last: " + last);
        };
    }

    /**
     * The median of each measurement, taken in rounds of one run of each in turn; a null measurement
     * (a peer that is not installed) gives null.
     */
    private List<Timing> interleaved(Measured... measured) throws Exception {
        List<List<Timing>> all = new ArrayList<>();
        for (int k = 0; k < measured.length; k++) {
            all.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < measured.length; k++) {
                if (measured[k] != null) {
                    all.get(k).add(measured[k].run());
                }
            }
        }
        List<Timing> medians = new ArrayList<>();
        for (List<Timing> timings : all) {
            timings.sort((a, b) -> Double.compare(a.wall(), b.wall()));
            medians.add(timings.isEmpty() ? null : timings.get(timings.size() / 2));
        }
        return medians;
    }

    private Timing median(Measured measured) throws Exception {
        List<Timing> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(measured.run());
        }
        all.sort((a, b) -> Double.compare(a.wall(), b.wall()));
        return all.get(all.size() / 2);
    }

    private Timing exec(Path workDir, String... command) throws IOException, InterruptedException {
        return exec(workDir, Map.of(), command);
    }

    private Timing exec(Path workDir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path times = Files.createTempFile(dir, "time", ".txt");
        if (hasTime) {
            full.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"));
        }
        full.addAll(List.of(command));
        Path out = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = Double.NaN;
        if (hasTime) {
            List<String> timeLines = Files.readAllLines(times);
            String last = timeLines.isEmpty() ? "" : timeLines.get(timeLines.size() - 1);
            String[] f = last.strip().split("\\s+");
            if (f.length == 2) {
                cpu = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
            }
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(times);
        // keep one line: the runners print one; of a linter's output, its summary line
        String[] outLines = output.strip().split("\n");
        String kept = outLines[outLines.length - 1];
        for (String l : outLines) {
            if (l.startsWith("Summary:")) {
                kept = l;
            }
        }
        return new Timing(wall, cpu, exit, kept.strip());
    }

    private void row(String name, Timing t, String notes) {
        line(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s |", name, t.wall(), t.cpu(), notes));
    }

    private void ratio(String name, Timing a, Timing b) {
        // three places: a target such as 0.10 must not pass on rounding alone
        line(String.format(Locale.ROOT, "- %s: %.3f wall, %.3f cpu", name, a.wall() / b.wall(), a.cpu() / b.cpu()));
    }

    private void line(String s) {
        System.out.println(s);
        report.append(s).append('\n');
    }

    // the figures belong to the code measured: a report without its commit cannot be compared with another
    private static String commit() {
        try {
            Process head = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String id = new String(head.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            if (head.waitFor() != 0 || status.waitFor() != 0) {
                return "unknown (not a git checkout)";
            }
            return dirty ? id + " with uncommitted changes" : id;
        } catch (IOException e) {
            return "unknown (no git)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long lines(Path incidents) throws IOException {
        long total = 0;
        try (Stream<Path> walk = Files.walk(incidents)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                total += Files.readAllLines(f).size();
            }
        }
        return total;
    }

    private static long bytes(Path incidents) throws IOException {
        try (Stream<Path> walk = Files.walk(incidents)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

}
