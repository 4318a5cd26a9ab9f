package org.strategybot.deploy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks of the Teams app manifest and its icons that the JSON schema does not make (the schema check
 * itself is manifest/validate.mjs, run by .ci/run): Teams' limits, and the icons' pixels.
 */
final class ManifestChecks {

    private ManifestChecks() {
    }

    static final int MAX_COMMAND_LISTS = 3;
    static final int MAX_COMMANDS = 10;
    static final int MAX_TITLE = 32;
    static final int MAX_COMMAND_DESCRIPTION = 128;
    static final int MAX_SHORT_DESCRIPTION = 80;
    static final int MAX_FULL_DESCRIPTION = 4000;

    static JsonNode parse(String json) {
        return JsonMapper.builder().build().readTree(json);
    }

    static List<String> checkManifest(JsonNode m) {
        List<String> problems = new ArrayList<>();
        for (String field : List.of("manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor")) {
            if (m.get(field) == null) {
                problems.add("manifest has no " + field);
            }
        }
        String shortDescription = m.path("description").path("short").asString("");
        if (shortDescription.isBlank() || shortDescription.length() > MAX_SHORT_DESCRIPTION) {
            problems.add("short description is " + shortDescription.length() + " characters (1 to " + MAX_SHORT_DESCRIPTION + ")");
        }
        String full = m.path("description").path("full").asString("");
        if (full.isBlank() || full.length() > MAX_FULL_DESCRIPTION) {
            problems.add("full description is " + full.length() + " characters (1 to " + MAX_FULL_DESCRIPTION + ")");
        }
        for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
            if (!m.path("developer").path(url).asString("").startsWith("https://")) {
                problems.add("developer." + url + " is not an https URL");
            }
        }
        JsonNode bots = m.path("bots");
        if (bots.size() != 1) {
            problems.add("expected one bot, found " + bots.size());
            return problems;
        }
        JsonNode bot = bots.get(0);
        Set<String> scopes = strings(bot.path("scopes"));
        if (!scopes.equals(Set.of("personal", "team", "groupChat"))) {
            problems.add("bot scopes are " + scopes + ", expected personal, team and groupChat");
        }
        if (!bot.path("botId").asString("").equals("${{BOT_ID}}")) {
            problems.add("botId is not the ${{BOT_ID}} placeholder that manifest/build.sh substitutes");
        }
        if (!strings(m.path("validDomains")).contains("${{BOT_DOMAIN}}")) {
            problems.add("validDomains does not hold the ${{BOT_DOMAIN}} placeholder");
        }
        if (bot.path("supportsFiles").asBoolean(true) || bot.path("isNotificationOnly").asBoolean(true)) {
            problems.add("the bot must set supportsFiles: false and isNotificationOnly: false");
        }
        JsonNode lists = bot.path("commandLists");
        if (lists.size() > MAX_COMMAND_LISTS) {
            problems.add(lists.size() + " command lists, at most " + MAX_COMMAND_LISTS);
        }
        Set<String> listed = new HashSet<>();
        for (JsonNode list : lists) {
            for (String scope : strings(list.path("scopes"))) {
                if (!listed.add(scope)) {
                    problems.add("scope " + scope + " has more than one command list");
                }
            }
            JsonNode commands = list.path("commands");
            if (commands.size() == 0 || commands.size() > MAX_COMMANDS) {
                problems.add("a command list has " + commands.size() + " commands (1 to " + MAX_COMMANDS + ")");
            }
            for (JsonNode c : commands) {
                String title = c.path("title").asString("");
                if (title.isBlank() || title.length() > MAX_TITLE) {
                    problems.add("command title \"" + title + "\" is " + title.length() + " characters (1 to " + MAX_TITLE + ")");
                }
                if (c.path("description").asString("").length() > MAX_COMMAND_DESCRIPTION) {
                    problems.add("description of \"" + title + "\" is longer than " + MAX_COMMAND_DESCRIPTION);
                }
            }
        }
        if (!listed.containsAll(scopes)) {
            problems.add("scopes without a command list: " + scopes.stream().filter(s -> !listed.contains(s)).toList());
        }
        problems.addAll(tabProblems(m));
        return problems;
    }

    static final String DASHBOARD = "https://${{BOT_DOMAIN}}/dashboard/";

    /**
     * The dashboard as a personal tab and as a channel or chat tab, served by the bot's own host (which must be
     * in validDomains), opened with ?inTeams=1 so the page signs in with Teams; and the reserved "conversations"
     * tab, without which a personal tab would hide the chat with the bot.
     */
    static List<String> tabProblems(JsonNode m) {
        List<String> problems = new ArrayList<>();
        JsonNode statics = m.path("staticTabs");
        boolean chat = false;
        JsonNode dashboard = null;
        for (JsonNode tab : statics) {
            chat |= "conversations".equals(tab.path("entityId").asString(""));
            dashboard = tab.has("contentUrl") ? tab : dashboard;
        }
        if (!chat) {
            problems.add("staticTabs lacks the reserved 'conversations' tab, so the personal tab would hide the bot's chat");
        }
        if (dashboard == null || !(DASHBOARD + "?inTeams=1").equals(dashboard.path("contentUrl").asString(""))) {
            problems.add("the personal tab's contentUrl must be " + DASHBOARD + "?inTeams=1");
        }
        JsonNode configurable = m.path("configurableTabs").path(0);
        if (!(DASHBOARD + "config.html?inTeams=1").equals(configurable.path("configurationUrl").asString(""))) {
            problems.add("the channel tab's configurationUrl must be " + DASHBOARD + "config.html?inTeams=1");
        }
        Set<String> domains = strings(m.path("validDomains"));
        List<JsonNode> tabs = new ArrayList<>(List.of(configurable));
        if (dashboard != null) {
            tabs.add(dashboard);
        }
        for (JsonNode tab : tabs) {
            for (String field : List.of("contentUrl", "websiteUrl", "configurationUrl")) {
                String url = tab.path(field).asString("");
                java.util.regex.Matcher host = java.util.regex.Pattern.compile("^https://([^/?#]+)").matcher(url);
                if (!url.isEmpty() && (!host.find() || !domains.contains(host.group(1)))) {
                    problems.add("tab " + field + " " + url + " is not an https URL on a host in validDomains");
                }
            }
        }
        JsonNode sso = m.path("webApplicationInfo");
        if (!"${{BOT_ID}}".equals(sso.path("id").asString("")) || !sso.path("resource").asString("").startsWith("api://${{BOT_DOMAIN}}/")) {
            problems.add("webApplicationInfo must name the bot's app (${{BOT_ID}}) and api://${{BOT_DOMAIN}}/..., for the tab's Teams sign-in");
        }
        return problems;
    }

    /** The icons the manifest names: present, PNG, the right size; the outline white on transparent. */
    static List<String> checkIcons(JsonNode m, Function<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> icon : Map.of("color", 192, "outline", 32).entrySet()) {
            String name = m.path("icons").path(icon.getKey()).asString("");
            byte[] bytes = name.isEmpty() ? null : files.apply(name);
            if (bytes == null) {
                problems.add("icon " + icon.getKey() + " (" + name + ") is missing");
                continue;
            }
            int[] size = pngSize(bytes);
            if (size == null) {
                problems.add("icon " + name + " is not a PNG");
                continue;
            }
            if (size[0] != icon.getValue() || size[1] != icon.getValue()) {
                problems.add("icon " + name + " is " + size[0] + "x" + size[1] + ", must be " + icon.getValue() + "x" + icon.getValue());
            }
            if (icon.getKey().equals("outline")) {
                problems.addAll(outlineProblems(name, bytes));
            }
        }
        return problems;
    }

    /** Width and height from the PNG's IHDR chunk, or null when the bytes are not a PNG. */
    static int[] pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (png.length < 24 || !Arrays.equals(Arrays.copyOf(png, 8), signature)
                || !new String(png, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        return new int[] {b.getInt(16), b.getInt(20)};
    }

    /** Every pixel of an outline icon is white (any alpha) or fully transparent, and some are drawn. */
    static List<String> outlineProblems(String name, byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image == null) {
            return List.of("icon " + name + " cannot be decoded");
        }
        if (!image.getColorModel().hasAlpha()) {
            return List.of("icon " + name + " has no transparency");
        }
        List<String> problems = new ArrayList<>();
        int drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    continue;
                }
                drawn++;
                if ((argb & 0xFFFFFF) != 0xFFFFFF && problems.size() < 5) {
                    problems.add(String.format("icon %s pixel (%d,%d) is #%06X, not white", name, x, y, argb & 0xFFFFFF));
                }
            }
        }
        if (drawn == 0) {
            problems.add("icon " + name + " is entirely transparent");
        }
        return problems;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : array) {
            out.add(n.asString(""));
        }
        return out;
    }
}
