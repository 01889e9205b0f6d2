package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.input.InputCollector;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.pipeline.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad bench}: times the full pipeline and, in the same run, a scan floor (decode the bytes and
 * fold the text, nothing else), so the ratio between them travels between machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the full pipeline on a corpus replicated to at least --mb megabytes (written to a temporary "
                + "folder and read back file by file), beside a scan floor (read, decode and normalise only), both after a "
                + "warm-up of a few seconds. Default "
                + "corpus: the bundled benchmark set, the texts of the dev corpus's 40 articles.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Marsad parent;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to replicate (files or folders).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--mb", description = "Replicate the corpus to at least this many megabytes (default ${DEFAULT-VALUE}).")
    int megabytes = 50;

    @Option(names = "--threads", description = "Worker threads for the pipeline (default ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--warmup", paramLabel = "SECONDS",
            description = "Least seconds of warm-up before timing the pipeline, a third of it before the floor "
                    + "(default ${DEFAULT-VALUE}); warm-up then goes on, in rounds of a second, until three rounds run "
                    + "at the same speed (within 3%%) or --max-warmup seconds have passed. On two cores the JIT "
                    + "needs many seconds to compile the whole pipeline; a short warm-up measures the compiler.")
    double warmUpSeconds = 10;

    @Option(names = "--max-warmup", paramLabel = "SECONDS",
            description = "Most seconds of warm-up for each of the two runs (default ${DEFAULT-VALUE}).")
    double maxWarmUpSeconds = 60;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        InputCollector inputs = new InputCollector(m -> System.err.println("marsad: skipped " + m));
        List<Document> base;
        if (!paths.isEmpty()) {
            base = inputs.read(paths);
        } else {
            base = inputs.benchmarkSet();
        }
        if (base.isEmpty()) {
            System.err.println("marsad: nothing to benchmark");
            return 1;
        }
        // The replicated corpus is written to a temporary folder and both runs read it back file by file:
        // the floor is read + decode + fold, the pipeline read + decode + analyse, as the issue defines them.
        Path dir = Files.createTempDirectory("marsad-bench");
        try {
            List<Path> files = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            long bytes = 0;
            long target = (long) megabytes * 1024 * 1024;
            for (int copy = 0; bytes < target; copy++) {
                for (Document d : base) {
                    byte[] b = d.text().getBytes(StandardCharsets.UTF_8);
                    Path f = dir.resolve(files.size() + ".txt");
                    Files.write(f, b);
                    files.add(f);
                    docs.add(new Document(d.id() + "~" + copy, d.url(), d.title(), "", d.published()));
                    bytes += b.length;
                }
            }
            return measure(base.size(), files, docs, bytes);
        } finally {
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                for (Path f : (Iterable<Path>) s::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private int measure(int baseSize, List<Path> files, List<Document> docs, long bytes) throws Exception {
        long loadStart = System.nanoTime();
        Knowledge knowledge = parent.knowledge();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        DocumentAnalyzer analyzer = new DocumentAnalyzer(knowledge);
        // Warm both paths up, as JMH does, so that the timed runs measure compiled code rather than the JIT at
        // work: a few hundred articles left much of the pipeline in C1 and understated steady-state speed by
        // nearly half on this project's two-core machine.
        int warm = Math.min(docs.size(), Math.max(200, baseSize * 5));
        double warmed = warmUp(() -> runFloor(knowledge, files.subList(0, warm)), warmUpSeconds / 3, maxWarmUpSeconds);
        warmed += warmUp(() -> runPipeline(analyzer, docs.subList(0, warm), files.subList(0, warm), 1), warmUpSeconds,
                maxWarmUpSeconds);
        resetPeaks();
        long t0 = System.nanoTime();
        long floorChars = runFloor(knowledge, files);
        double floorSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        long events = runPipeline(analyzer, docs, files, threads);
        double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
        double mb = bytes / (1024.0 * 1024.0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", docs.size());
        out.put("megabytes", round(mb));
        out.put("articles_per_second", round(docs.size() / pipelineSeconds));
        out.put("mb_per_second", round(mb / pipelineSeconds));
        out.put("floor_articles_per_second", round(docs.size() / floorSeconds));
        out.put("floor_mb_per_second", round(mb / floorSeconds));
        out.put("ratio_to_floor", Math.round(floorSeconds / pipelineSeconds * 10000) / 10000.0); // a small ratio must not print as 0
        out.put("peak_heap_mb", round(peakHeapMb()));
        out.put("threads", threads);
        out.put("events", events);
        out.put("knowledge_load_seconds", round(loadSeconds));
        out.put("warm_up_seconds", round(warmed));
        if (floorChars < 0) {
            throw new IllegalStateException("unreachable: keeps the floor's work observable");
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s %s%n", k, v));
        }
        return 0;
    }

    private interface Pass {
        long run() throws Exception;
    }

    /** Rounds of warm-up last about this long; steadiness is judged from one round to the next. */
    private static final double ROUND_SECONDS = 1.0;
    /** The last three rounds within this fraction of each other count as steady. */
    private static final double STEADY = 0.03;

    /**
     * Repeats a pass in rounds of about a second until at least {@code minSeconds} have gone by and the last three
     * rounds ran at the same speed (within {@link #STEADY}), or {@code maxSeconds} have gone by. On two cores the
     * JIT keeps recompiling the pipeline for twenty seconds or more; timing before that measures the compiler.
     *
     * @return the seconds spent
     */
    private static double warmUp(Pass pass, double minSeconds, double maxSeconds) throws Exception {
        long start = System.nanoTime();
        List<Double> rates = new ArrayList<>();
        while (true) {
            long roundStart = System.nanoTime();
            int passes = 0;
            do {
                pass.run();
                passes++;
            } while (System.nanoTime() - roundStart < ROUND_SECONDS * 1e9);
            rates.add(passes / ((System.nanoTime() - roundStart) / 1e9));
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= maxSeconds || (elapsed >= minSeconds && steady(rates))) {
                return elapsed;
            }
        }
    }

    private static boolean steady(List<Double> rates) {
        if (rates.size() < 3) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - 3, rates.size());
        double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return max <= min * (1 + STEADY);
    }

    /** Read, decode and fold every article: the least any analysis must do. Returns a checksum so nothing is optimised away. */
    private static long runFloor(Knowledge knowledge, List<Path> files) throws java.io.IOException {
        long chars = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            chars += knowledge.text().folding().normalize(text).folded().length();
        }
        return chars;
    }

    private static long runPipeline(DocumentAnalyzer analyzer, List<Document> docs, List<Path> files, int threads)
            throws Exception {
        if (threads <= 1) {
            long events = 0;
            for (int i = 0; i < docs.size(); i++) {
                events += analyze(analyzer, docs.get(i), files.get(i));
            }
            return events;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong events = new AtomicLong();
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, docs.size() / (threads * 8));
            for (int start = 0; start < docs.size(); start += chunk) {
                int from = start;
                int to = Math.min(docs.size(), start + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        events.addAndGet(analyze(analyzer, docs.get(i), files.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return events.get();
        } finally {
            pool.shutdown();
        }
    }

    private static int analyze(DocumentAnalyzer analyzer, Document d, Path file) throws java.io.IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return analyzer.analyze(new Document(d.id(), d.url(), d.title(), text, d.published())).events().size();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
