package io.github.incidentnotice.bench;

import java.nio.file.Path;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;

/**
 * Prints everything the engine decides about every notice under the directories given (kind, stage,
 * element states and levels, each finding with line, column and message), one line per item, so that two
 * builds can be compared with {@code diff}: a speed change must leave this output byte for byte the same.
 * {@code java -cp … io.github.incidentnotice.bench.ResultsDump target/bench/n2000/incidents ../shared/corpus}
 */
public final class ResultsDump {

    private ResultsDump() {
    }

    public static void main(String[] args) throws Exception {
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());
        StringBuilder out = new StringBuilder();
        for (String directory : args) {
            Path dir = Path.of(directory);
            CheckResult result = engine.run(CheckRequest.of(dir, dir), null, 1);
            for (NoticeResult n : result.notices()) {
                out.append(n.file()).append(" kind=").append(n.kind()).append(" stage=").append(n.stage())
                        .append(" inferred=").append(n.inferred()).append(" elements=").append(n.elements())
                        .append(" levels=").append(n.levels()).append('\n');
                for (Finding f : n.findings()) {
                    out.append("  ").append(f).append('\n');
                }
            }
        }
        System.out.print(out);
    }
}
