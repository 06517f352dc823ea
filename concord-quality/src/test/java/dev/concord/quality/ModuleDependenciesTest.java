package dev.concord.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * concord-quality depends on the JDK alone, so every service and the benchmark can use it without dragging
 * anything in: no compile-scope dependency in the pom, and no import outside java.* and this module.
 */
class ModuleDependenciesTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    @Test
    void everyDependencyOfThePomIsTestScoped() throws IOException {
        String pom = Files.readString(MODULE.resolve("pom.xml"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        int count = 0;
        while (dependency.find()) {
            count++;
            assertTrue(dependency.group(1).contains("<scope>test</scope>"),
                    "not test-scoped: " + dependency.group(1).strip());
        }
        assertEquals(2, count, "expected junit-jupiter and jqwik only");
    }

    @Test
    void mainCodeImportsOnlyTheJdkAndItself() throws IOException {
        Pattern foreign = Pattern.compile("^import\\s+(static\\s+)?(?!java\\.|dev\\.concord\\.quality\\.)", Pattern.MULTILINE);
        try (Stream<Path> sources = Files.walk(MODULE.resolve("src/main/java"))) {
            List<Path> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> foreign.matcher(read(p)).find())
                    .toList();
            assertEquals(List.of(), offenders, "imports outside the JDK");
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(path.toString(), e);
        }
    }
}
