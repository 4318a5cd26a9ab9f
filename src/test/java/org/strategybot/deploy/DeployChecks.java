package org.strategybot.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of the deployment files, for what cannot be run here (no Docker engine, no cluster,
 * no Azure, no Bicep compiler). Each check takes the files' text and returns the problems it finds, so
 * that a test can feed it a broken copy and see it fail.
 */
final class DeployChecks {

    private DeployChecks() {
    }

    /** Set in the deployment files but read by the image's entry point, not by the application. */
    static final Set<String> CONTAINER_ONLY = Set.of("JAVA_OPTS");

    static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no folder with pom.xml and deploy/ above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String folder, String... extensions) {
        try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** Every document of a (multi-document) YAML text, empty documents left out. */
    static List<Object> documents(String text) {
        List<Object> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(text)) {
            if (doc != null) {
                docs.add(doc);
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at a path of keys (and list indexes), or null. */
    static Object at(Object root, Object... path) {
        Object o = root;
        for (Object step : path) {
            if (step instanceof Integer i) {
                List<Object> l = list(o);
                o = i < l.size() ? l.get(i) : null;
            } else {
                o = map(o).get((String) step);
            }
            if (o == null) {
                return null;
            }
        }
        return o;
    }

    // ---- the README: the environment variables the application reads --------------------------

    private static final Pattern BACKTICKED_NAME = Pattern.compile("`([A-Za-z][A-Za-z0-9_]*)`");

    /**
     * The environment variable names in every README table that has an "environment variable" column,
     * so the deployment files are checked against what the README documents.
     */
    static Set<String> readmeEnvNames(String readme) {
        Set<String> names = new TreeSet<>();
        int column = -1;
        for (String line : readme.split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|")) {
                column = -1;
                continue;
            }
            List<String> cells = cells(trimmed);
            if (column < 0) {
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).equalsIgnoreCase("environment variable")) {
                        column = i;
                    }
                }
                continue;
            }
            if (column < cells.size()) {
                Matcher m = BACKTICKED_NAME.matcher(cells.get(column));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }

    /** Names set in a deployment file that are neither documented in the README nor container-only. */
    static List<String> unknownNames(String where, Set<String> names, Set<String> known) {
        return names.stream()
                .filter(n -> !known.contains(n) && !CONTAINER_ONLY.contains(n))
                .map(n -> where + " sets " + n + ", which is not in the settings table (docs/settings.md)")
                .toList();
    }

    private static final Pattern BUILD_COMMAND = Pattern.compile("`(\\./mvnw [^`]*\\bpackage\\b[^`]*)`");

    /** The README's build commands: backticked {@code ./mvnw ... package ...}. */
    static List<String> readmeBuildCommands(String readme) {
        List<String> commands = new ArrayList<>();
        Matcher m = BUILD_COMMAND.matcher(readme);
        while (m.find()) {
            commands.add(m.group(1).trim());
        }
        return commands;
    }

    // ---- Dockerfile ---------------------------------------------------------------------------

    record Instruction(String keyword, String args) {
    }

    /** Dockerfile instructions, continuation lines joined, comments dropped. */
    static List<Instruction> instructions(String dockerfile) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String t = line.strip();
            if (current.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && t.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (t.endsWith("\\")) {
                current.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            current.append(t);
            String text = current.toString().strip();
            current.setLength(0);
            int space = text.indexOf(' ');
            out.add(space < 0 ? new Instruction(text.toUpperCase(), "")
                    : new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
        }
        return out;
    }

    /** The instructions of the last stage (from its FROM on). */
    static List<Instruction> finalStage(List<Instruction> all) {
        int from = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                from = i;
            }
        }
        return from < 0 ? List.of() : all.subList(from, all.size());
    }

    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");

    static Set<String> dockerfileEnvNames(String dockerfile) {
        Set<String> names = new TreeSet<>();
        for (Instruction i : instructions(dockerfile)) {
            if (i.keyword().equals("ENV")) {
                Matcher m = ENV_ASSIGNMENT.matcher(i.args());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    static List<String> checkDockerfile(String dockerfile, List<String> readmeBuilds) {
        List<String> problems = new ArrayList<>();
        List<Instruction> all = instructions(dockerfile);
        long stages = all.stream().filter(i -> i.keyword().equals("FROM")).count();
        if (stages < 2) {
            problems.add("Dockerfile is not multi-stage (" + stages + " FROM)");
        }
        if (readmeBuilds.isEmpty()) {
            problems.add("README names no build command (`./mvnw ... package ...`)");
        }
        List<Set<String>> readmeTokens = readmeBuilds.stream().map(DeployChecks::tokens).toList();
        boolean built = all.stream()
                .filter(i -> i.keyword().equals("RUN"))
                .flatMap(i -> Stream.of(i.args().split("&&|;")))
                .map(String::strip)
                .filter(cmd -> cmd.startsWith("./mvnw"))
                .map(DeployChecks::tokens)
                .anyMatch(run -> readmeTokens.stream().anyMatch(run::containsAll));
        if (!built) {
            problems.add("no RUN in the Dockerfile runs the README's build " + readmeBuilds + " through ./mvnw");
        }
        List<Instruction> last = finalStage(all);
        String base = last.isEmpty() ? "" : last.get(0).args().toLowerCase();
        if (!(base.contains("jre") || base.contains("distroless"))) {
            problems.add("the runtime stage is not on a JRE or distroless base: " + base);
        }
        List<String> users = last.stream().filter(i -> i.keyword().equals("USER")).map(Instruction::args).toList();
        if (users.isEmpty()) {
            problems.add("the runtime stage sets no USER, so it runs as root");
        } else {
            String user = users.get(users.size() - 1).split(":")[0].strip();
            if (user.equals("root") || user.equals("0")) {
                problems.add("the final USER is root (" + users.get(users.size() - 1) + ")");
            }
        }
        List<Instruction> checks = last.stream().filter(i -> i.keyword().equals("HEALTHCHECK")).toList();
        if (checks.isEmpty() || checks.get(checks.size() - 1).args().toUpperCase().startsWith("NONE")) {
            problems.add("the runtime stage has no HEALTHCHECK");
        } else if (!checks.get(checks.size() - 1).args().contains("/actuator/health")) {
            problems.add("the HEALTHCHECK does not ask /actuator/health");
        }
        if (last.stream().noneMatch(i -> i.keyword().equals("EXPOSE") && tokens(i.args()).contains("3978"))) {
            problems.add("the runtime stage does not EXPOSE 3978");
        }
        String env = last.stream().filter(i -> i.keyword().equals("ENV")).map(Instruction::args)
                .collect(Collectors.joining(" "));
        if (!env.contains("MaxRAMPercentage")) {
            problems.add("JAVA_OPTS has no container-aware heap setting (-XX:MaxRAMPercentage)");
        }
        if (last.stream().noneMatch(i -> i.keyword().equals("ENTRYPOINT") && i.args().contains("JAVA_OPTS"))) {
            problems.add("the ENTRYPOINT does not pass JAVA_OPTS to java");
        }
        return problems;
    }

    static Set<String> tokens(String command) {
        return new LinkedHashSet<>(List.of(command.strip().split("\\s+")));
    }

    // ---- Compose and the sample .env ---------------------------------------------------------

    static Set<String> composeEnvNames(Object compose, String service) {
        Object env = at(compose, "services", service, "environment");
        Set<String> names = new TreeSet<>();
        if (env instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> names.add(String.valueOf(k)));
        } else {
            for (Object item : list(env)) {
                names.add(String.valueOf(item).split("=", 2)[0]);
            }
        }
        return names;
    }

    private static final Pattern DOTENV_LINE = Pattern.compile("^#?\\s*([A-Za-z_][A-Za-z0-9_]*)=.*$");

    /** The names in a .env file, including commented-out settings ({@code # NAME=default}). */
    static Set<String> dotenvNames(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\\R")) {
            Matcher m = DOTENV_LINE.matcher(line.strip());
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static List<String> checkCompose(Object compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = map(at(compose, "services"));
        if (!services.containsKey("bot") || !services.containsKey("mongo")) {
            problems.add("compose needs services bot and mongo, has " + services.keySet());
            return problems;
        }
        String image = String.valueOf(at(compose, "services", "mongo", "image"));
        if (!image.startsWith("mongo:")) {
            problems.add("the mongo service is not a MongoDB image: " + image);
        }
        for (String service : List.of("bot", "mongo")) {
            if (at(compose, "services", service, "healthcheck", "test") == null) {
                problems.add("service " + service + " has no healthcheck");
            }
        }
        if (!"service_healthy".equals(at(compose, "services", "bot", "depends_on", "mongo", "condition"))) {
            problems.add("the bot does not wait for a healthy mongo (depends_on.mongo.condition: service_healthy)");
        }
        Object uri = map(at(compose, "services", "bot", "environment")).get("MONGODB_URI");
        if (uri == null || !String.valueOf(uri).contains("mongodb://mongo")) {
            problems.add("the bot's MONGODB_URI does not default to the mongo service: " + uri);
        }
        Object envFile = at(compose, "services", "bot", "env_file");
        if (envFile == null || !String.valueOf(envFile).contains(".env")) {
            problems.add("the bot does not read its settings from a .env file");
        }
        String dockerfile = String.valueOf(at(compose, "services", "bot", "build", "dockerfile"));
        Object context = at(compose, "services", "bot", "build", "context");
        if (context == null || !Files.isRegularFile(ROOT.resolve("deploy").resolve(String.valueOf(context)).resolve(dockerfile).normalize())) {
            problems.add("the bot's build does not point at a Dockerfile: context " + context + ", dockerfile " + dockerfile);
        }
        return problems;
    }

    // ---- No anonymous bot by accident --------------------------------------------------------

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{(\\w+):\\?[^}]+}");

    /**
     * Without an app id the bot serves only loopback and stops at start-up when told to listen elsewhere; every sample
     * must end there rather than run anonymous: the image listens on every interface (so an image started without an
     * app id stops, saying why), Compose refuses to start without the three Azure Bot settings, the Kubernetes pod
     * names the ConfigMap's app id (a missing key stops the pod), and Bicep demands a GUID.
     */
    static List<String> checkNoAnonymousByAccident(String dockerfile, Object compose, List<Map<String, Object>> k8s, String bicep) {
        List<String> problems = new ArrayList<>();
        String env = finalStage(instructions(dockerfile)).stream().filter(i -> i.keyword().equals("ENV"))
                .map(Instruction::args).collect(Collectors.joining(" "));
        if (!tokens(env.replace("\\", " ")).contains("SERVER_ADDRESS=0.0.0.0")) {
            problems.add("the image does not set SERVER_ADDRESS=0.0.0.0, so an image without an app id would not stop at start-up");
        }
        Map<String, Object> botEnv = map(at(compose, "services", "bot", "environment"));
        for (String name : List.of("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId")) {
            Matcher required = REQUIRED_VARIABLE.matcher(String.valueOf(botEnv.get(name)));
            if (!required.matches() || !required.group(1).equals(name)) {
                problems.add("compose does not require " + name + " (" + name + ": \"${" + name + ":?message}\"): " + botEnv.get(name));
            }
        }
        boolean named = ofKind(k8s, "Deployment").stream()
                .flatMap(d -> list(at(d, "spec", "template", "spec", "containers")).stream())
                .flatMap(c -> list(at(c, "env")).stream())
                .anyMatch(e -> "MicrosoftAppId".equals(at(e, "name")) && at(e, "valueFrom", "configMapKeyRef", "key") != null
                        && !Boolean.TRUE.equals(at(e, "valueFrom", "configMapKeyRef", "optional")));
        if (!named) {
            problems.add("the Kubernetes Deployment does not take MicrosoftAppId from a required configMapKeyRef");
        }
        if (!Pattern.compile("@minLength\\(36\\)\\s*@maxLength\\(36\\)\\s*param botAppId string\\s").matcher(bicep).find()) {
            problems.add("main.bicep's botAppId is not required to be a 36-character GUID");
        }
        return problems;
    }

    // ---- Kubernetes ---------------------------------------------------------------------------

    /** Every object in deploy/k8s, by kind, from every document of every YAML file. */
    static List<Map<String, Object>> k8sObjects(List<String> texts) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String text : texts) {
            for (Object doc : documents(text)) {
                Map<String, Object> m = map(doc);
                if (m.containsKey("kind") && m.containsKey("apiVersion")) {
                    objects.add(m);
                }
            }
        }
        return objects;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Set<String> k8sEnvNames(List<Map<String, Object>> objects) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> cm : ofKind(objects, "ConfigMap")) {
            names.addAll(map(cm.get("data")).keySet());
        }
        for (Map<String, Object> secret : ofKind(objects, "Secret")) {
            names.addAll(map(secret.get("stringData")).keySet());
            names.addAll(map(secret.get("data")).keySet());
        }
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            for (Object c : list(at(d, "spec", "template", "spec", "containers"))) {
                for (Object e : list(at(c, "env"))) {
                    names.add(String.valueOf(at(e, "name")));
                }
            }
        }
        return names;
    }

    static List<String> checkK8s(List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> deployments = ofKind(objects, "Deployment");
        if (deployments.size() != 1) {
            problems.add("expected one Deployment, found " + deployments.size());
            return problems;
        }
        Map<String, Object> d = deployments.get(0);
        String name = String.valueOf(at(d, "metadata", "name"));
        Object replicas = at(d, "spec", "replicas");
        if (!(replicas instanceof Integer r) || r < 2) {
            problems.add("Deployment replicas is " + replicas + ", needs at least 2");
        }
        Map<String, Object> podLabels = map(at(d, "spec", "template", "metadata", "labels"));
        if (!podLabels.entrySet().containsAll(map(at(d, "spec", "selector", "matchLabels")).entrySet())) {
            problems.add("the Deployment's selector does not match its pod labels");
        }
        Object podSecurity = at(d, "spec", "template", "spec", "securityContext");
        if (!Boolean.TRUE.equals(at(podSecurity, "runAsNonRoot"))) {
            problems.add("the pod does not set runAsNonRoot: true");
        }
        List<Object> containers = list(at(d, "spec", "template", "spec", "containers"));
        if (containers.isEmpty()) {
            problems.add("the Deployment has no container");
            return problems;
        }
        Object c = containers.get(0);
        if (!"/actuator/health/liveness".equals(at(c, "livenessProbe", "httpGet", "path"))) {
            problems.add("no liveness probe on /actuator/health/liveness");
        }
        if (!"/actuator/health/readiness".equals(at(c, "readinessProbe", "httpGet", "path"))) {
            problems.add("no readiness probe on /actuator/health/readiness");
        }
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (at(c, "resources", kind, resource) == null) {
                    problems.add("no resources." + kind + "." + resource);
                }
            }
        }
        if (list(at(c, "ports")).stream().noneMatch(p -> Integer.valueOf(3978).equals(at(p, "containerPort")))) {
            problems.add("the container does not declare port 3978");
        }
        if (!Boolean.TRUE.equals(at(c, "securityContext", "readOnlyRootFilesystem"))) {
            problems.add("the container's root filesystem is not read-only");
        }
        Set<String> emptyDirs = list(at(d, "spec", "template", "spec", "volumes")).stream()
                .filter(v -> at(v, "emptyDir") != null).map(v -> String.valueOf(at(v, "name"))).collect(Collectors.toSet());
        boolean tmp = list(at(c, "volumeMounts")).stream()
                .anyMatch(m -> "/tmp".equals(at(m, "mountPath")) && emptyDirs.contains(String.valueOf(at(m, "name"))));
        if (!tmp) {
            problems.add("/tmp is not an emptyDir (needed with a read-only root filesystem)");
        }
        Set<String> secretKeys = new TreeSet<>();
        Set<String> secretNames = new TreeSet<>();
        for (Map<String, Object> s : ofKind(objects, "Secret")) {
            secretNames.add(String.valueOf(at(s, "metadata", "name")));
            secretKeys.addAll(map(s.get("stringData")).keySet());
            secretKeys.addAll(map(s.get("data")).keySet());
        }
        for (String secret : List.of("MicrosoftAppPassword", "MONGODB_URI")) {
            Object ref = list(at(c, "env")).stream().filter(e -> secret.equals(at(e, "name")))
                    .map(e -> at(e, "valueFrom", "secretKeyRef")).filter(Objects::nonNull).findFirst().orElse(null);
            if (ref == null) {
                problems.add(secret + " is not taken from a Secret (env valueFrom.secretKeyRef)");
            } else if (!secretNames.contains(String.valueOf(at(ref, "name"))) || !secretKeys.contains(String.valueOf(at(ref, "key")))) {
                problems.add(secret + " refers to secret " + at(ref, "name") + " key " + at(ref, "key")
                        + ", which the example Secret does not have");
            }
        }
        for (Map<String, Object> cm : ofKind(objects, "ConfigMap")) {
            for (Map.Entry<String, Object> e : map(cm.get("data")).entrySet()) {
                if (!(e.getValue() instanceof String)) {
                    problems.add("ConfigMap value " + e.getKey() + " is not a string (quote it): " + e.getValue());
                }
                if (Set.of("MicrosoftAppPassword", "MONGODB_URI").contains(e.getKey())) {
                    problems.add("the ConfigMap holds " + e.getKey() + ", which belongs in the Secret");
                }
            }
        }
        List<Map<String, Object>> hpas = ofKind(objects, "HorizontalPodAutoscaler");
        if (hpas.size() != 1) {
            problems.add("expected one HorizontalPodAutoscaler, found " + hpas.size());
        } else {
            Map<String, Object> hpa = hpas.get(0);
            if (!"autoscaling/v2".equals(hpa.get("apiVersion"))) {
                problems.add("the HPA is not autoscaling/v2: " + hpa.get("apiVersion"));
            }
            if (!"Deployment".equals(at(hpa, "spec", "scaleTargetRef", "kind"))
                    || !name.equals(at(hpa, "spec", "scaleTargetRef", "name"))) {
                problems.add("the HPA does not target Deployment " + name + ": " + at(hpa, "spec", "scaleTargetRef"));
            }
            Object min = at(hpa, "spec", "minReplicas");
            Object max = at(hpa, "spec", "maxReplicas");
            if (!(min instanceof Integer lo) || lo < 2 || !(max instanceof Integer hi) || hi < lo) {
                problems.add("the HPA's replicas are min " + min + ", max " + max + " (needs min >= 2, max >= min)");
            }
            if (list(at(hpa, "spec", "metrics")).stream().noneMatch(m -> "cpu".equals(at(m, "resource", "name")))) {
                problems.add("the HPA does not scale on CPU");
            }
        }
        for (String kind : List.of("Service", "PodDisruptionBudget")) {
            List<Map<String, Object>> found = ofKind(objects, kind);
            if (found.isEmpty()) {
                problems.add("no " + kind);
            }
            for (Map<String, Object> o : found) {
                Map<String, Object> selector = kind.equals("Service") ? map(at(o, "spec", "selector"))
                        : map(at(o, "spec", "selector", "matchLabels"));
                if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                    problems.add(kind + " selector " + selector + " does not select the Deployment's pods " + podLabels);
                }
            }
        }
        return problems;
    }

    // ---- Bicep --------------------------------------------------------------------------------

    /** The Bicep text with comments removed and every string literal replaced by {@code ''}. */
    static String bicepCode(String bicep) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = bicep.length();
        while (i < n) {
            char ch = bicep.charAt(i);
            if (bicep.startsWith("//", i)) {
                while (i < n && bicep.charAt(i) != '\n') {
                    i++;
                }
            } else if (bicep.startsWith("/*", i)) {
                int end = bicep.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (bicep.startsWith("'''", i)) {
                int end = bicep.indexOf("'''", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("''");
            } else if (ch == '\'') {
                i = skipString(bicep, i + 1);
                out.append("''");
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** Skips a single-quoted string (escapes, and ${...} interpolations holding strings); returns the index after it. */
    private static int skipString(String s, int i) {
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i += 2;
            } else if (ch == '\'') {
                return i + 1;
            } else if (s.startsWith("${", i)) {
                i += 2;
                int depth = 1;
                while (i < n && depth > 0) {
                    char c = s.charAt(i);
                    if (c == '\'') {
                        i = skipString(s, i + 1);
                        continue;
                    }
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                    i++;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    static List<String> checkBicepBalance(String bicep) {
        String code = bicepCode(bicep);
        List<String> problems = new ArrayList<>();
        StringBuilder stack = new StringBuilder();
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '\n') {
                line++;
            }
            int open = "{[(".indexOf(ch);
            int close = "}])".indexOf(ch);
            if (open >= 0) {
                stack.append(ch);
            } else if (close >= 0) {
                char expected = "{[(".charAt(close);
                if (stack.isEmpty() || stack.charAt(stack.length() - 1) != expected) {
                    problems.add("unbalanced '" + ch + "' near line " + line);
                    return problems;
                }
                stack.setLength(stack.length() - 1);
            }
        }
        if (!stack.isEmpty()) {
            problems.add("unclosed " + stack);
        }
        return problems;
    }

    private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*(param|var)\\s+([A-Za-z_][A-Za-z0-9_]*)\\b");

    static Set<String> bicepParams(String bicep) {
        Set<String> params = new TreeSet<>();
        Matcher m = DECLARATION.matcher(bicepCode(bicep));
        while (m.find()) {
            if (m.group(1).equals("param")) {
                params.add(m.group(2));
            }
        }
        return params;
    }

    /** Parameters without a default value. */
    static Set<String> bicepRequiredParams(String bicep) {
        Set<String> required = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+[A-Za-z]+\\s*$").matcher(bicepCode(bicep));
        while (m.find()) {
            required.add(m.group(1));
        }
        return required;
    }

    static List<String> checkBicepReferences(String bicep) {
        // object keys (`location: ...`) are not uses of a parameter that happens to share their name
        String code = bicepCode(bicep).replaceAll("(?m)^(\\s*)[A-Za-z_][A-Za-z0-9_]*\\s*:", "$1:");
        // interpolations inside strings are references too: keep the text of ${...} for the count
        String interpolations = String.join(" ", Pattern.compile("\\$\\{([^}]*)}").matcher(bicep).results()
                .map(r -> r.group(1)).toList());
        List<String> problems = new ArrayList<>();
        Matcher m = DECLARATION.matcher(code);
        while (m.find()) {
            String name = m.group(2);
            Pattern use = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
            long uses = use.matcher(code).results().count() + use.matcher(interpolations).results().count();
            if (uses < 2) {
                problems.add(m.group(1) + " " + name + " is declared but never used");
            }
        }
        return problems;
    }

    private static final Pattern RESOURCE = Pattern.compile("(?m)^\\s*resource\\s+\\w+\\s+'([^'@]+)@([^']+)'");

    /** Resource type to API version, for every resource declaration. */
    static Map<String, String> bicepResources(String bicep) {
        Map<String, String> types = new LinkedHashMap<>();
        Matcher m = RESOURCE.matcher(bicep);
        while (m.find()) {
            types.put(m.group(1), m.group(2));
        }
        return types;
    }

    static List<String> checkBicepResources(String bicep, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Map<String, String> resources = bicepResources(bicep);
        for (Map.Entry<String, String> r : resources.entrySet()) {
            Matcher v = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(-preview)?").matcher(r.getValue());
            if (!v.matches()) {
                problems.add(r.getKey() + " has API version " + r.getValue() + ", not yyyy-mm-dd(-preview)");
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(v.group(1));
                if (date.isAfter(today) || date.getYear() < 2015) {
                    problems.add(r.getKey() + " has an implausible API version date " + r.getValue());
                }
            } catch (DateTimeParseException e) {
                problems.add(r.getKey() + " has API version " + r.getValue() + ", not a date");
            }
        }
        for (String type : List.of("Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels")) {
            if (!resources.containsKey(type)) {
                problems.add("no " + type + " resource");
            }
        }
        if (!resources.containsKey("Microsoft.App/containerApps") && !resources.containsKey("Microsoft.Web/sites")) {
            problems.add("no hosting: neither a container app (Microsoft.App/containerApps) nor a web app (Microsoft.Web/sites)");
        }
        if (!resources.containsKey("Microsoft.DocumentDB/databaseAccounts") && !resources.containsKey("Microsoft.DocumentDB/mongoClusters")) {
            problems.add("no Azure Cosmos DB for MongoDB account");
        }
        Map<String, Pattern> required = new LinkedHashMap<>();
        required.put("the Teams channel", Pattern.compile("channelName:\\s*'MsTeamsChannel'"));
        required.put("a single-tenant bot", Pattern.compile("msaAppType:\\s*'SingleTenant'"));
        required.put("the bot's tenant", Pattern.compile("msaAppTenantId:\\s*\\w+"));
        required.put("an Azure Bot (kind azurebot)", Pattern.compile("kind:\\s*'azurebot'"));
        required.put("the messaging endpoint /api/messages", Pattern.compile("endpoint:\\s*'https://[^']*/api/messages'"));
        required.put("ingress on 3978", Pattern.compile("targetPort:\\s*3978"));
        required.put("the Cosmos DB connection string", Pattern.compile("listConnectionStrings\\(\\)"));
        required.put("MicrosoftAppPassword from a secret", Pattern.compile("name:\\s*'MicrosoftAppPassword'\\s*secretRef:"));
        required.put("MONGODB_URI from a secret", Pattern.compile("name:\\s*'MONGODB_URI'\\s*secretRef:"));
        required.put("a liveness probe", Pattern.compile("type:\\s*'Liveness'"));
        required.put("a readiness probe", Pattern.compile("type:\\s*'Readiness'"));
        required.put("the app password as a secure parameter", Pattern.compile("@secure\\(\\)\\s*param\\s+\\w*[Pp]assword\\s+string"));
        for (Map.Entry<String, Pattern> r : required.entrySet()) {
            if (!r.getValue().matcher(bicep).find()) {
                problems.add("main.bicep lacks " + r.getKey() + " (" + r.getValue().pattern() + ")");
            }
        }
        return problems;
    }

    /** The names set in the container's env list(s). */
    static Set<String> bicepEnvNames(String bicep) {
        Set<String> names = new TreeSet<>();
        Matcher env = Pattern.compile("\\benv:\\s*\\[").matcher(bicep);
        while (env.find()) {
            int depth = 1;
            int i = env.end();
            while (i < bicep.length() && depth > 0) {
                char ch = bicep.charAt(i);
                if (ch == '[') {
                    depth++;
                } else if (ch == ']') {
                    depth--;
                }
                i++;
            }
            Matcher name = Pattern.compile("name:\\s*'([^']+)'").matcher(bicep.substring(env.end(), i));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
