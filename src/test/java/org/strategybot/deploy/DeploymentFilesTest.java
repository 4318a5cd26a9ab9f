package org.strategybot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.strategybot.deploy.DeployChecks.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The deployment files (deploy/) checked without running them: there is no Docker engine, no cluster
 * and no Azure here. The environment variables they set must be ones the README documents (so the app
 * reads them); the Dockerfile builds with the README's command and runs as non-root with a health check;
 * the Kubernetes objects and the Bicep template have what production needs. {@link Broken} shows that
 * each check fails on a broken copy.
 */
class DeploymentFilesTest {

    static final String README = read("README.md");
    /** Every setting is documented in docs/settings.md; the README shows the first few. */
    static final Set<String> KNOWN = readmeEnvNames(read("docs/settings.md"));

    static String dockerfile() {
        return read("deploy/Dockerfile");
    }

    static String compose() {
        return read("deploy/docker-compose.yml");
    }

    static String bicep() {
        return read("deploy/azure/main.bicep");
    }

    static List<String> k8sTexts() {
        return files("deploy/k8s", ".yaml", ".yml").stream().map(p -> read(ROOT.relativize(p).toString())).toList();
    }

    @Test
    void theReadmeTableOfSettingsIsFoundAndParsed() {
        assertThat(KNOWN).contains("PORT", "MONGODB_URI", "MONGODB_DATABASE", "STRATEGY_BOT_DATA_DIR",
                "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "STRATEGY_BOT_ZONE");
        assertThat(KNOWN).noneMatch(n -> n.contains("."));
    }

    @Test
    void everyYamlFileUnderDeployParses() {
        List<Path> yamls = files("deploy", ".yaml", ".yml");
        assertThat(yamls).hasSizeGreaterThanOrEqualTo(7);
        for (Path p : yamls) {
            assertThatCode(() -> assertThat(documents(Files.readString(p))).as(p.toString()).isNotEmpty())
                    .as(p.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void composeRunsTheBotWithARealMongoDb() {
        assertThat(checkCompose(documents(compose()).get(0))).isEmpty();
    }

    @Test
    void composeAndTheSampleEnvSetOnlySettingsTheAppReads() {
        Set<String> compose = composeEnvNames(documents(compose()).get(0), "bot");
        assertThat(compose).contains("MONGODB_URI");
        assertThat(unknownNames("docker-compose.yml", compose, KNOWN)).isEmpty();

        Set<String> dotenv = dotenvNames(read("deploy/.env.example"));
        assertThat(dotenv).contains("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MONGODB_URI");
        assertThat(unknownNames(".env.example", dotenv, KNOWN)).isEmpty();
    }

    @Test
    void theSampleEnvCoversTheSettingsTheBriefNames() {
        assertThat(dotenvNames(read("deploy/.env.example"))).contains("MONGODB_DATABASE",
                "STRATEGY_BOT_DATA_DIR", "STRATEGY_BOT_STORE_TIMEOUT", "STRATEGY_BOT_ADMINS",
                "STRATEGY_BOT_STRATEGY_DEFAULT_ID", "STRATEGY_BOT_STRATEGY_DIR", "STRATEGY_BOT_ACTIONS_STALE_AFTER",
                "STRATEGY_BOT_ACTIONS_TREND_WINDOW", "STRATEGY_BOT_ZONE");
    }

    @Test
    void theDockerfileBuildsWithTheReadmeCommandAndRunsAsNonRootWithAHealthCheck() {
        List<String> builds = readmeBuildCommands(README);
        assertThat(builds).isNotEmpty();
        assertThat(checkDockerfile(dockerfile(), builds)).isEmpty();
        assertThat(unknownNames("Dockerfile", dockerfileEnvNames(dockerfile()), KNOWN)).isEmpty();
    }

    @Test
    void kubernetesHasReplicasProbesLimitsSecretsAndAnAutoscaler() {
        List<Map<String, Object>> objects = k8sObjects(k8sTexts());
        assertThat(checkK8s(objects)).isEmpty();
    }

    @Test
    void kubernetesSetsOnlySettingsTheAppReads() {
        Set<String> names = k8sEnvNames(k8sObjects(k8sTexts()));
        assertThat(names).contains("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MONGODB_URI");
        assertThat(unknownNames("deploy/k8s", names, KNOWN)).isEmpty();
    }

    @Test
    void noSampleCanStartTheBotAnonymousByAccident() {
        assertThat(checkNoAnonymousByAccident(dockerfile(), documents(compose()).get(0), k8sObjects(k8sTexts()), bicep())).isEmpty();
    }

    @Test
    void kustomizationListsEveryManifestButTheExampleSecret() {
        Object kustomization = documents(read("deploy/k8s/kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        list(at(kustomization, "resources")).forEach(r -> listed.add(String.valueOf(r)));
        Set<String> present = new TreeSet<>();
        for (Path p : files("deploy/k8s", ".yaml", ".yml")) {
            String name = p.getFileName().toString();
            if (!name.equals("kustomization.yaml") && !name.equals("secret.example.yaml")) {
                present.add(name);
            }
        }
        assertThat(listed).isEqualTo(present);
    }

    @Test
    void bicepIsBalancedAndUsesEveryParameter() {
        assertThat(checkBicepBalance(bicep())).isEmpty();
        assertThat(checkBicepReferences(bicep())).isEmpty();
    }

    @Test
    void bicepHasTheBotItsTeamsChannelHostingAndCosmosDbWithRealApiVersions() {
        assertThat(checkBicepResources(bicep(), LocalDate.now())).isEmpty();
    }

    @Test
    void bicepSetsOnlySettingsTheAppReads() {
        Set<String> names = bicepEnvNames(bicep());
        assertThat(names).contains("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MONGODB_URI");
        assertThat(unknownNames("main.bicep", names, KNOWN)).isEmpty();
    }

    @Test
    void theParametersFileGivesEveryRequiredParameterAndNoUnknownOne() {
        JsonNode parameters = ManifestChecks.parse(read("deploy/azure/main.parameters.json")).path("parameters");
        Set<String> given = new TreeSet<>(parameters.propertyNames());
        Set<String> declared = bicepParams(bicep());
        assertThat(declared).containsAll(given);
        Set<String> required = new TreeSet<>(bicepRequiredParams(bicep()));
        required.removeAll(secureParams(bicep()));
        assertThat(required).contains("botAppId", "containerImage");
        assertThat(given).containsAll(required);
    }

    static Set<String> secureParams(String bicep) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("@secure\\(\\)\\s*param\\s+(\\w+)").matcher(bicep);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Each check, fed a broken copy of the real file, reports the break. */
    @Nested
    class Broken {

        private String replaced(String text, String from, String to) {
            assertThat(text).as("the text to break").contains(from);
            return text.replace(from, to);
        }

        @Test
        void readmeDriftIsCaught() {
            // a setting the README stops documenting is flagged wherever deploy still sets it
            Set<String> known = new TreeSet<>(KNOWN);
            known.remove("STRATEGY_BOT_ZONE");
            assertThat(unknownNames("main.bicep", bicepEnvNames(bicep()), known)).isNotEmpty();
            assertThat(unknownNames("deploy/k8s", k8sEnvNames(k8sObjects(k8sTexts())), known)).isNotEmpty();
            assertThat(unknownNames(".env.example", dotenvNames(read("deploy/.env.example")), known)).isNotEmpty();
            // and a misspelt name in deploy is flagged
            String compose = replaced(compose(), "MONGODB_DATABASE:", "MONGO_DATABASE:");
            assertThat(unknownNames("compose", composeEnvNames(documents(compose).get(0), "bot"), KNOWN))
                    .containsExactly("compose sets MONGO_DATABASE, which is not in the settings table (docs/settings.md)");
        }

        @Test
        void aReadmeWithoutTheTableKnowsNoNames() {
            assertThat(readmeEnvNames(README.replace("environment variable", "env"))).isEmpty();
        }

        @Test
        void yamlThatDoesNotParseIsCaught() {
            assertThatCode(() -> documents(replaced(compose(), "services:", "services: [")))
                    .isInstanceOf(RuntimeException.class);
        }

        @Test
        void dockerfileBreaksAreCaught() {
            List<String> builds = readmeBuildCommands(README);
            assertThat(checkDockerfile(replaced(dockerfile(), "USER 10001:10001", "USER root"), builds))
                    .anyMatch(p -> p.contains("root"));
            assertThat(checkDockerfile(dockerfile().replaceAll("(?m)^USER .*$", ""), builds))
                    .anyMatch(p -> p.contains("no USER"));
            assertThat(checkDockerfile(replaced(dockerfile(), "HEALTHCHECK", "# HEALTHCHECK"), builds))
                    .anyMatch(p -> p.contains("HEALTHCHECK"));
            assertThat(checkDockerfile(replaced(dockerfile(), "./mvnw -B -q package -DskipTests", "mvn -B -q package -DskipTests"), builds))
                    .anyMatch(p -> p.contains("README's build"));
            assertThat(checkDockerfile(dockerfile(), List.of("./mvnw -q package -DskipTests -Pnative"))).isNotEmpty();
            assertThat(checkDockerfile(replaced(dockerfile(), "EXPOSE 3978", "EXPOSE 8080"), builds)).isNotEmpty();
            assertThat(checkDockerfile(replaced(dockerfile(), "-XX:MaxRAMPercentage=75 ", ""), builds)).isNotEmpty();
            assertThat(checkDockerfile(replaced(dockerfile(), "eclipse-temurin:25-jre-alpine", "eclipse-temurin:25-jdk"), builds)).isNotEmpty();
        }

        @Test
        void composeBreaksAreCaught() {
            assertThat(checkCompose(documents(replaced(compose(), "image: mongo:7", "image: postgres:16")).get(0))).isNotEmpty();
            assertThat(checkCompose(documents(replaced(compose(), "condition: service_healthy", "condition: service_started")).get(0))).isNotEmpty();
            assertThat(checkCompose(documents(replaced(compose(), "mongodb://mongo:27017", "mongodb://localhost:27017")).get(0))).isNotEmpty();
            assertThat(checkCompose(documents(replaced(compose(), "dockerfile: deploy/Dockerfile", "dockerfile: Dockerfile")).get(0))).isNotEmpty();
        }

        @Test
        void anAnonymousStartByAccidentIsCaught() {
            Object compose = documents(compose()).get(0);
            List<Map<String, Object>> k8s = k8sObjects(k8sTexts());
            assertThat(checkNoAnonymousByAccident(replaced(dockerfile(), "SERVER_ADDRESS=0.0.0.0", "SERVER_PORT_X=1"), compose, k8s, bicep()))
                    .anyMatch(p -> p.contains("SERVER_ADDRESS"));
            assertThat(checkNoAnonymousByAccident(dockerfile(), documents(replaced(compose(), "${MicrosoftAppId:?", "${MicrosoftAppId:-"))
                    .get(0), k8s, bicep())).anyMatch(p -> p.contains("require MicrosoftAppId"));
            List<String> k8sTexts = k8sTexts().stream().map(t -> t.replace("configMapKeyRef", "secretKeyRef")).toList();
            assertThat(checkNoAnonymousByAccident(dockerfile(), compose, k8sObjects(k8sTexts), bicep()))
                    .anyMatch(p -> p.contains("configMapKeyRef"));
            assertThat(checkNoAnonymousByAccident(dockerfile(), compose, k8s, replaced(bicep(), "@minLength(36)\n@maxLength(36)\n", "")))
                    .anyMatch(p -> p.contains("botAppId"));
        }

        @Test
        void kubernetesBreaksAreCaught() {
            assertThat(brokenK8s("deployment.yaml", "replicas: 2", "replicas: 1")).anyMatch(p -> p.contains("replicas"));
            assertThat(brokenK8s("deployment.yaml", "path: /actuator/health/readiness", "path: /")).anyMatch(p -> p.contains("readiness"));
            assertThat(brokenK8s("deployment.yaml", "          livenessProbe:", "          livenessProbeX:")).anyMatch(p -> p.contains("liveness"));
            assertThat(brokenK8s("deployment.yaml", "            limits:", "            limitz:")).anyMatch(p -> p.contains("limits"));
            assertThat(brokenK8s("deployment.yaml", "key: MicrosoftAppPassword", "key: password")).anyMatch(p -> p.contains("MicrosoftAppPassword"));
            assertThat(brokenK8s("deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false")).isNotEmpty();
            assertThat(brokenK8s("deployment.yaml", "mountPath: /tmp", "mountPath: /scratch")).isNotEmpty();
            assertThat(brokenK8s("hpa.yaml", "    kind: Deployment\n    name: strategy-bot", "    kind: Deployment\n    name: other")).anyMatch(p -> p.contains("HPA"));
            assertThat(brokenK8s("hpa.yaml", "minReplicas: 2", "minReplicas: 1")).isNotEmpty();
            assertThat(brokenK8s("configmap.yaml", "PORT: \"3978\"", "PORT: 3978")).anyMatch(p -> p.contains("not a string"));
            assertThat(brokenK8s("pdb.yaml", "matchLabels:\n      app.kubernetes.io/name: strategy-bot", "matchLabels:\n      app.kubernetes.io/name: other"))
                    .anyMatch(p -> p.contains("PodDisruptionBudget"));
            assertThat(brokenK8s("service.yaml", "selector:\n    app.kubernetes.io/name: strategy-bot", "selector:\n    app: other"))
                    .anyMatch(p -> p.contains("Service"));
        }

        private List<String> brokenK8s(String file, String from, String to) {
            List<String> texts = new ArrayList<>();
            for (Path p : files("deploy/k8s", ".yaml", ".yml")) {
                String text = read(ROOT.relativize(p).toString());
                if (p.getFileName().toString().equals(file)) {
                    String original = text;
                    text = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
                    assertThat(text).as("breaking " + file).isNotEqualTo(original);
                }
                texts.add(text);
            }
            return checkK8s(k8sObjects(texts));
        }

        @Test
        void bicepBreaksAreCaught() {
            String bicep = bicep();
            assertThat(checkBicepBalance(replaced(bicep, "  channelName: 'MsTeamsChannel'\n", "  channelName: 'MsTeamsChannel'\n  }\n"))).isNotEmpty();
            assertThat(checkBicepBalance(bicep + "\nvar x = [\n")).isNotEmpty();
            assertThat(checkBicepReferences(bicep + "\nparam unused string\n")).containsExactly("param unused is declared but never used");
            assertThat(checkBicepReferences(replaced(bicep, "value: zone", "value: 'Europe/London'"))).anyMatch(p -> p.contains("param zone"));
            LocalDate today = LocalDate.now();
            assertThat(checkBicepResources(replaced(bicep, "botServices@2022-09-15' = {", "botServices@latest' = {"), today)).isNotEmpty();
            assertThat(checkBicepResources(replaced(bicep, "containerApps@2024-03-01", "containerApps@2024-13-01"), today)).isNotEmpty();
            assertThat(checkBicepResources(replaced(bicep, "channelName: 'MsTeamsChannel'", "channelName: 'WebChatChannel'"), today)).isNotEmpty();
            assertThat(checkBicepResources(replaced(bicep, "msaAppType: 'SingleTenant'", "msaAppType: 'MultiTenant'"), today)).isNotEmpty();
            assertThat(checkBicepResources(bicep.replace("Microsoft.DocumentDB/databaseAccounts", "Microsoft.Storage/storageAccounts"), today)).isNotEmpty();
            assertThat(checkBicepResources(replaced(bicep, "'Microsoft.App/containerApps@", "'Microsoft.App/jobs@"), today)).isNotEmpty();
        }
    }
}
