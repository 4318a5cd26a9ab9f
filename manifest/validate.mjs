// Validates the Teams app manifest offline against the official JSON schema for its manifestVersion,
// as shipped in the npm package @microsoft/app-manifest (pinned in package.json), plus the Teams
// limits the schema does not check. Exits non-zero on any failure and prints every failure.
//
//   npm ci --prefix manifest && node manifest/validate.mjs          # the template, sample ids filled in
//   node manifest/validate.mjs --zip target/teams-app/strategy-bot-teams.zip   # and a built package
//
// Before trusting a pass it proves that the schema check can fail: the same manifest without its
// `developer` block must be rejected, or the run fails.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));

// Sample values for the placeholders that manifest/build.sh substitutes.
const SAMPLE = {
  TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
  BOT_ID: "00000000-0000-4000-8000-000000000001",
  BOT_DOMAIN: "strategy-bot.example.org",
};
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

// Teams limits for bot command menus (Microsoft Learn, "Create a commands menu"): the schema allows more.
const MAX_COMMANDS = 10;
const MAX_TITLE = 32;
const MAX_COMMAND_DESCRIPTION = 128;
const ICONS = { color: [192, 192], outline: [32, 32] };

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

function schemaFor(manifest) {
  const version = manifest.manifestVersion;
  const file = join(packageDir, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!existsSync(file)) {
    throw new Error(`no schema for manifestVersion ${JSON.stringify(version)} in @microsoft/app-manifest (${file})`);
  }
  // the same clean-up the package applies before parsing its schemas
  const text = readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(text);
}

async function schemaErrors(manifest) {
  // the schema is passed in, so the package never reaches for the network
  return AppManifestUtils.validateAgainstSchema(manifest, schemaFor(manifest));
}

function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature
      || bytes.subarray(12, 16).toString("latin1") !== "IHDR") {
    return null;
  }
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function check(where, text, files) {
  const leftover = [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
  if (leftover.length) fail(where, `placeholders not substituted: ${[...new Set(leftover)].join(", ")}`);
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    fail(where, `not JSON: ${e.message}`);
    return;
  }
  const expectedSchema = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expectedSchema) {
    fail(where, `$schema is ${manifest.$schema}, expected ${expectedSchema} for manifestVersion ${manifest.manifestVersion}`);
  }
  for (const error of await schemaErrors(manifest)) fail(where, `schema v${manifest.manifestVersion}: ${error}`);

  const bots = manifest.bots ?? [];
  if (bots.length !== 1) fail(where, `expected one bot, found ${bots.length}`);
  for (const bot of bots) {
    const scopes = [...(bot.scopes ?? [])].sort();
    if (scopes.join() !== "groupChat,personal,team") fail(where, `bot scopes ${scopes} (expected personal, team, groupChat)`);
    const listed = new Set();
    for (const [i, list] of (bot.commandLists ?? []).entries()) {
      for (const scope of list.scopes ?? []) {
        if (listed.has(scope)) fail(where, `scope ${scope} has more than one command list`);
        listed.add(scope);
      }
      if (list.commands.length > MAX_COMMANDS) fail(where, `commandLists[${i}] has ${list.commands.length} commands (Teams shows at most ${MAX_COMMANDS})`);
      for (const c of list.commands) {
        if (c.title.length > MAX_TITLE) fail(where, `command title "${c.title}" is longer than ${MAX_TITLE}`);
        if ((c.description ?? "").length > MAX_COMMAND_DESCRIPTION) fail(where, `description of "${c.title}" is longer than ${MAX_COMMAND_DESCRIPTION}`);
      }
    }
    for (const scope of bot.scopes ?? []) if (!listed.has(scope)) fail(where, `no command list for scope ${scope}`);
  }
  for (const [kind, [w, h]] of Object.entries(ICONS)) {
    const name = manifest.icons?.[kind];
    const bytes = name && files(name);
    if (!bytes) {
      fail(where, `icon ${kind} (${name}) missing`);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) fail(where, `icon ${name} is not a PNG`);
    else if (size[0] !== w || size[1] !== h) fail(where, `icon ${name} is ${size.join("x")}, must be ${w}x${h}`);
  }
}

// A small reader for the zip that build.sh writes: the central directory, stored or deflated entries.
function readZip(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file (no end of central directory)");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("corrupt central directory");
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    if (method === 0) entries.set(name, Buffer.from(data));
    else if (method === 8) entries.set(name, inflateRawSync(data));
    else throw new Error(`entry ${name}: compression method ${method} not supported`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function main() {
  const args = process.argv.slice(2);
  const zipAt = args.indexOf("--zip");
  const zipPath = zipAt >= 0 ? args[zipAt + 1] : null;
  if (zipAt >= 0 && !zipPath) throw new Error("--zip needs a path");

  // 1. The template, with sample values for its placeholders.
  const template = readFileSync(join(here, "manifest.json"), "utf8");
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !(n in SAMPLE));
  if (unknown.length) fail("manifest.json", `unknown placeholders: ${[...new Set(unknown)].join(", ")} (build.sh substitutes ${Object.keys(SAMPLE).join(", ")})`);
  const filled = template.replace(PLACEHOLDER, (m, name) => SAMPLE[name] ?? m);
  const fromDir = (name) => (existsSync(join(here, name)) ? readFileSync(join(here, name)) : null);
  await check("manifest.json", filled, fromDir);

  // 2. The check must be able to fail: the same manifest without `developer` is invalid.
  const broken = JSON.parse(filled);
  delete broken.developer;
  const brokenErrors = await schemaErrors(broken);
  if (brokenErrors.length === 0) fail("self-test", "the schema check accepted a manifest without `developer`: it cannot fail");

  // 3. The package an admin uploads, when asked for.
  if (zipPath) {
    const where = zipPath;
    if (!existsSync(zipPath)) {
      fail(where, "not found: run manifest/build.sh first");
    } else {
      const entries = readZip(readFileSync(zipPath));
      const names = [...entries.keys()].sort();
      if (names.join() !== "color.png,manifest.json,outline.png") {
        fail(where, `must hold exactly manifest.json, color.png and outline.png at its root; holds ${names.join(", ")}`);
      }
      if (entries.has("manifest.json")) {
        await check(`${where}!manifest.json`, entries.get("manifest.json").toString("utf8"), (n) => entries.get(n) ?? null);
      }
    }
  }

  if (failures.length) {
    console.error(`Teams manifest: ${failures.length} problem(s)`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  const version = JSON.parse(filled).manifestVersion;
  console.log(`Teams manifest v${version}: valid against @microsoft/app-manifest's schema and Teams' command limits`
    + ` (self-test: a manifest without developer gives ${brokenErrors.length} error(s))`
    + (zipPath ? `; package ${zipPath} checked` : ""));
}

main().catch((e) => {
  console.error(`Teams manifest validation failed: ${e.message}`);
  process.exit(1);
});
