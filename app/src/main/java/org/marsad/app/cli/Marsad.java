package org.marsad.app.cli;

import java.nio.file.Path;
import org.marsad.app.input.DirectoryKnowledgeSource;
import org.marsad.engine.knowledge.Knowledge;
import org.marsad.engine.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code marsad} command: analyse articles, evaluate against gold files, benchmark. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "Marsad 0.1.0",
        description = "Arabic-first conflict-event observatory: dated, located, sourced events from news articles.",
        subcommands = {AnalyzeCommand.class, DatesCommand.class, ActorsCommand.class, PlacesCommand.class,
                RelationsCommand.class, EvalCommand.class, EvalRelationsCommand.class, BenchCommand.class,
                GazetteerCommand.class, CommandLine.HelpCommand.class})
public final class Marsad implements Runnable {

    @Option(names = "--knowledge", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Use this knowledge folder (a copy of knowledge/, edited) instead of the bundled one.")
    Path knowledgeDir;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Loads the knowledge chosen on the command line. */
    Knowledge knowledge() {
        return knowledgeDir == null ? Knowledge.bundled() : Knowledge.load(new DirectoryKnowledgeSource(knowledgeDir));
    }

    /**
     * The command line as {@link #main} runs it: a knowledge load error is one line naming file and line (exit 3),
     * an I/O error one line naming the file (exit 1).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Marsad());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof KnowledgeException) {
                cmd.getErr().println("marsad: knowledge error: " + ex.getMessage());
                return 3;
            }
            if (ex instanceof java.io.IOException) {
                // e.g. --out into a missing folder: one line naming the file, not a stack trace
                cmd.getErr().println("marsad: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
