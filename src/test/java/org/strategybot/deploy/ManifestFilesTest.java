package org.strategybot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.deploy.DeployChecks.ROOT;
import static org.strategybot.deploy.DeployChecks.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The Teams app manifest (manifest/manifest.json) and its icons, against Teams' limits. Its JSON schema
 * validation is manifest/validate.mjs, which .ci/run runs before the tests.
 */
class ManifestFilesTest {

    static String manifest() {
        return read("manifest/manifest.json");
    }

    static final Function<String, byte[]> FROM_MANIFEST_FOLDER = name -> {
        Path p = ROOT.resolve("manifest").resolve(name);
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @Test
    void theManifestParsesAndKeepsTeamsLimits() {
        JsonNode m = ManifestChecks.parse(manifest());
        assertThat(ManifestChecks.checkManifest(m)).isEmpty();
        assertThat(m.path("bots").get(0).path("commandLists").size()).isBetween(1, 3);
    }

    @Test
    void theIconsExistWithTheRightSizesAndTheOutlineIsWhiteOnTransparent() {
        assertThat(ManifestChecks.checkIcons(ManifestChecks.parse(manifest()), FROM_MANIFEST_FOLDER)).isEmpty();
    }

    @Test
    void brokenManifestsAreCaught() {
        assertThat(broken("\"personal\", \"team\", \"groupChat\"", "\"personal\", \"team\"")).anyMatch(p -> p.contains("scopes"));
        assertThat(broken("Ask about the children's services strategy and its priorities' RAG status",
                "x".repeat(81))).anyMatch(p -> p.contains("short description"));
        assertThat(broken("{ \"title\": \"help\",", "{ \"title\": \"" + "h".repeat(33) + "\",")).anyMatch(p -> p.contains("title"));
        assertThat(broken("\"${{BOT_ID}}\"", "\"00000000-0000-0000-0000-000000000000\"")).anyMatch(p -> p.contains("botId"));
        JsonNode m = ManifestChecks.parse(manifest());
        ArrayNode lists = (ArrayNode) m.path("bots").get(0).path("commandLists");
        lists.add(lists.get(0).deepCopy());
        assertThat(ManifestChecks.checkManifest(m))
                .anyMatch(p -> p.contains("command lists, at most 3"))
                .anyMatch(p -> p.contains("more than one command list"));
        ArrayNode commands = (ArrayNode) lists.get(1).path("commands");
        commands.add(commands.get(0).deepCopy());
        assertThat(ManifestChecks.checkManifest(m)).anyMatch(p -> p.contains("11 commands"));
    }

    @Test
    void theDashboardTabsOpenPagesTheApplicationServes() {
        assertThat(ROOT.resolve("src/main/resources/static/dashboard/index.html")).isRegularFile();
        assertThat(ROOT.resolve("src/main/resources/static/dashboard/config.html")).isRegularFile();
        assertThat(read("src/main/resources/static/dashboard/config.js")).contains("pages.config.setConfig")
                .contains("?inTeams=1");
    }

    @Test
    void brokenTabsAreCaught() {
        assertThat(broken("{ \"entityId\": \"conversations\", \"scopes\": [\"personal\"] },", ""))
                .anyMatch(p -> p.contains("'conversations'"));
        assertThat(broken("\"https://${{BOT_DOMAIN}}/dashboard/?inTeams=1\"", "\"https://${{BOT_DOMAIN}}/dashboard/\""))
                .anyMatch(p -> p.contains("personal tab's contentUrl"));
        assertThat(broken("\"websiteUrl\": \"https://${{BOT_DOMAIN}}/dashboard/\"", "\"websiteUrl\": \"https://evil.example.org/\""))
                .anyMatch(p -> p.contains("not an https URL on a host in validDomains"));
        assertThat(broken("\"https://${{BOT_DOMAIN}}/dashboard/config.html?inTeams=1\"", "\"http://${{BOT_DOMAIN}}/config\""))
                .anyMatch(p -> p.contains("configurationUrl"));
        assertThat(broken("\"api://${{BOT_DOMAIN}}/${{BOT_ID}}\"", "\"api://elsewhere/x\""))
                .anyMatch(p -> p.contains("webApplicationInfo"));
    }

    @Test
    void brokenIconsAreCaught() {
        JsonNode m = ManifestChecks.parse(manifest());
        byte[] color = FROM_MANIFEST_FOLDER.apply("color.png");
        byte[] outline = FROM_MANIFEST_FOLDER.apply("outline.png");
        // the colour icon where the outline should be: wrong size and not white
        assertThat(ManifestChecks.checkIcons(m, n -> n.equals("outline.png") ? color : FROM_MANIFEST_FOLDER.apply(n)))
                .anyMatch(p -> p.contains("must be 32x32"))
                .anyMatch(p -> p.contains("not white"));
        assertThat(ManifestChecks.checkIcons(m, n -> n.equals("color.png") ? outline : FROM_MANIFEST_FOLDER.apply(n)))
                .anyMatch(p -> p.contains("must be 192x192"));
        assertThat(ManifestChecks.checkIcons(m, n -> n.equals("color.png") ? null : FROM_MANIFEST_FOLDER.apply(n)))
                .anyMatch(p -> p.contains("missing"));
        assertThat(ManifestChecks.checkIcons(m, n -> "not a png".getBytes())).anyMatch(p -> p.contains("not a PNG"));
        // one red pixel in the outline
        BufferedImage image = decode(outline);
        image.setRGB(16, 16, 0xFFFF0000);
        assertThat(ManifestChecks.outlineProblems("outline.png", write(image))).anyMatch(p -> p.contains("#FF0000"));
    }

    private static List<String> broken(String from, String to) {
        String text = manifest();
        assertThat(text).as("the text to break").contains(from);
        return ManifestChecks.checkManifest(ManifestChecks.parse(text.replace(from, to)));
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
