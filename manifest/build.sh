#!/usr/bin/env bash
# Builds the Teams app package an admin uploads: target/teams-app/strategy-bot-teams.zip, holding
# manifest.json (placeholders filled in), color.png and outline.png at the zip's root.
#
#   manifest/build.sh BOT_ID BOT_DOMAIN
#   BOT_ID=... BOT_DOMAIN=... manifest/build.sh
#
#   BOT_ID        the bot's Microsoft Entra app (client) id, a GUID: MicrosoftAppId of the running bot
#   BOT_DOMAIN    the host name the bot is served on, without https:// or a path,
#                 e.g. strategy-bot.example.gov.uk (the messaging endpoint is https://BOT_DOMAIN/api/messages)
#   TEAMS_APP_ID  optional: the Teams app's own id, a GUID; defaults to BOT_ID (see docs/deployment.md)
#   APP_VERSION   optional: the package version (x.y.z); defaults to the manifest's. Raise it for every
#                 new upload of a changed package, or Teams keeps the old one.
#   OUT_DIR       optional: where the zip goes; defaults to target/teams-app in the repository
#
# Needs bash, sed, and either zip or python3.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

BOT_ID="${1:-${BOT_ID:-}}"
BOT_DOMAIN="${2:-${BOT_DOMAIN:-}}"
TEAMS_APP_ID="${TEAMS_APP_ID:-$BOT_ID}"
APP_VERSION="${APP_VERSION:-}"
OUT_DIR="${OUT_DIR:-$root/target/teams-app}"

die() { echo "manifest/build.sh: $*" >&2; exit 1; }
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

[[ -n "$BOT_ID" ]] || die "BOT_ID is missing: pass the bot's Entra app (client) id, a GUID, as the first argument or as BOT_ID"
[[ "$BOT_ID" =~ $guid ]] || die "BOT_ID '$BOT_ID' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, the app (client) id from Entra ID)"
[[ "$TEAMS_APP_ID" =~ $guid ]] || die "TEAMS_APP_ID '$TEAMS_APP_ID' is not a GUID"
[[ -n "$BOT_DOMAIN" ]] || die "BOT_DOMAIN is missing: pass the bot's host name (e.g. strategy-bot.example.gov.uk) as the second argument or as BOT_DOMAIN"
[[ "$BOT_DOMAIN" != *"://"* && "$BOT_DOMAIN" != */* ]] \
  || die "BOT_DOMAIN '$BOT_DOMAIN' must be a host name only, without https:// or a path"
[[ "$BOT_DOMAIN" =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$ ]] \
  || die "BOT_DOMAIN '$BOT_DOMAIN' is not a host name such as strategy-bot.example.gov.uk"
if [[ -n "$APP_VERSION" ]]; then
  [[ "$APP_VERSION" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || die "APP_VERSION '$APP_VERSION' must be x.y.z"
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The values are checked above (GUIDs, a host name, x.y.z), so none holds a character special to sed.
sed -e "s/\${{TEAMS_APP_ID}}/$TEAMS_APP_ID/g" \
    -e "s/\${{BOT_ID}}/$BOT_ID/g" \
    -e "s/\${{BOT_DOMAIN}}/$BOT_DOMAIN/g" \
    "$here/manifest.json" > "$stage/manifest.json"
if [[ -n "$APP_VERSION" ]]; then
  sed -i -E "0,/\"version\": \"[^\"]*\"/s//\"version\": \"$APP_VERSION\"/" "$stage/manifest.json"
fi
if grep -q '\${{' "$stage/manifest.json"; then
  die "manifest.json still has placeholders after substitution: $(grep -o '\${{[A-Za-z_]*}}' "$stage/manifest.json" | sort -u | tr '\n' ' ')"
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
zip_file="$OUT_DIR/strategy-bot-teams.zip"
rm -f "$zip_file"
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X "$zip_file" manifest.json color.png outline.png)
elif command -v python3 >/dev/null 2>&1; then
  (cd "$stage" && python3 -m zipfile -c "$zip_file" manifest.json color.png outline.png)
else
  die "neither zip nor python3 found: install one of them"
fi

echo "Teams app package: $zip_file (app id $TEAMS_APP_ID, bot id $BOT_ID, domain $BOT_DOMAIN)"
if command -v node >/dev/null 2>&1 && [[ -d "$here/node_modules/@microsoft/app-manifest" ]]; then
  node "$here/validate.mjs" --zip "$zip_file"
else
  echo "Not validated here: run 'npm ci --prefix manifest && node manifest/validate.mjs --zip $zip_file'"
fi
