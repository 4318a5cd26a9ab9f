package org.strategybot.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Data files shipped in the application and those an organisation adds in a folder of its own. */
public final class DataFiles {

    /** A file's name (for messages) and content. */
    public record DataFile(String name, byte[] content) {
    }

    private DataFiles() {
    }

    /** The lines of a shipped list file, each trimmed, without comments ({@code #} to the end of a line) or blank lines. */
    public static List<String> lines(String classpathResource) {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:" + classpathResource)
                .getInputStream()) {
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One named file: the one shipped in the classpath folder if there is one, else the one in {@code dir}. */
    public static Optional<DataFile> find(String classpathFolder, Path dir, String name) {
        try {
            Resource shipped = new PathMatchingResourcePatternResolver().getResource("classpath:" + classpathFolder + "/" + name);
            if (shipped.exists()) {
                try (InputStream in = shipped.getInputStream()) {
                    return Optional.of(new DataFile(name, in.readAllBytes()));
                }
            }
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                return Optional.of(new DataFile(dir.resolve(name).toString(), Files.readAllBytes(dir.resolve(name))));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML files of a classpath folder, then those of {@code dir} (if given), each in name order.
     *
     * @param accept which file names to take
     */
    public static List<DataFile> yaml(String classpathFolder, Path dir, Predicate<String> accept) {
        List<DataFile> files = new ArrayList<>();
        try {
            Resource[] shipped = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:" + classpathFolder + "/*.yaml");
            for (Resource r : Stream.of(shipped).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                if (accept.test(r.getFilename())) {
                    try (InputStream in = r.getInputStream()) {
                        files.add(new DataFile(r.getFilename(), in.readAllBytes()));
                    }
                }
            }
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    for (Path file : list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        if (accept.test(file.getFileName().toString())) {
                            files.add(new DataFile(file.toString(), Files.readAllBytes(file)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
