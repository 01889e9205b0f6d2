package org.marsad.app.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams files of the GeoNames dump format line by line (a plain {@code .txt}, a {@code .zip} holding
 * one, or an entry inside a jar), so that {@code allCountries.txt} (1.5 GB) never sits in memory.
 */
public final class GeoNamesDumpReader {
    private GeoNamesDumpReader() {
    }

    /** Opens a {@code .txt} file, or the first {@code .txt} entry of a {@code .zip}. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(".txt") && !e.getName().toLowerCase(java.util.Locale.ROOT).contains("readme")) {
                    return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
                }
            }
            zip.close();
            throw new IOException(file + ": no .txt entry in the zip");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Calls {@code sink} for every well-formed record; returns the number of malformed lines skipped. */
    public static int read(BufferedReader reader, Consumer<GeoNamesRecord> sink) throws IOException {
        int bad = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            GeoNamesRecord r = GeoNamesRecord.parse(line);
            if (r == null) {
                bad++;
            } else {
                sink.accept(r);
            }
        }
        return bad;
    }

    public static int read(Path file, Consumer<GeoNamesRecord> sink) throws IOException {
        try (BufferedReader r = open(file)) {
            return read(r, sink);
        }
    }

    /** Reads the lines of an entry of a jar (or zip) file. */
    public static void readJarEntry(Path jar, String entry, Consumer<String> lines) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            ZipEntry e = j.getEntry(entry);
            if (e == null) {
                throw new IOException(jar + ": no entry " + entry);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(j.getInputStream(e), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines);
            } catch (UncheckedIOException x) {
                throw x.getCause();
            }
        }
    }

    /** Whether a jar (or zip) has an entry. */
    public static boolean hasEntry(Path jar, String entry) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getEntry(entry) != null;
        }
    }
}
