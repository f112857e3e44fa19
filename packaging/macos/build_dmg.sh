#!/usr/bin/env bash
# Seller Desk.app -> codesign (inside-out, hardened runtime) -> notarize -> staple -> DMG.
# Usage: build_dmg.sh "dist/Seller Desk.app" VERSION OUT_DIR [ARCH]   (packaging/build.py calls it)
# Writes OUT_DIR/SellerDesk-VERSION-macos-ARCH.dmg; ARCH (arm64, x86_64) defaults to this Mac's.
#
# Signing runs only when MACOS_SIGN_IDENTITY is set, e.g.
#   MACOS_SIGN_IDENTITY="Developer ID Application: Example GmbH (TEAMID1234)"
# Notarization runs only when signing does and credentials are set, either
#   MACOS_NOTARY_PROFILE=name   (made once with `xcrun notarytool store-credentials name`), or
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (app-specific password).
set -euo pipefail

app=${1:?usage: build_dmg.sh APP VERSION OUT_DIR [ARCH]}
version=${2:?usage: build_dmg.sh APP VERSION OUT_DIR [ARCH]}
out=${3:?usage: build_dmg.sh APP VERSION OUT_DIR [ARCH]}
arch=${4:-$(uname -m)}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"
dmg="$out/SellerDesk-$version-macos-$arch.dmg"
identity=${MACOS_SIGN_IDENTITY:-}
[ -d "$app" ] || { echo "build_dmg: no app bundle at $app" >&2; exit 2; }

sign() { # hardened runtime and a secure timestamp: both are required for notarization
    codesign --force --timestamp --options runtime --sign "$identity" "$@"
}

notary_args() {
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        echo "--keychain-profile=$MACOS_NOTARY_PROFILE"
    elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] &&
        [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
        echo "--apple-id=$MACOS_NOTARY_APPLE_ID --team-id=$MACOS_NOTARY_TEAM_ID --password=$MACOS_NOTARY_PASSWORD"
    fi
}

notarize() { # submit, wait for Apple's verdict, then staple the ticket for offline Gatekeeper
    local target=$1 upload=$1
    if [[ $target == *.app ]]; then
        upload="$(mktemp -d)/upload.zip"
        ditto -c -k --keepParent "$target" "$upload" # notarytool takes a zip, dmg or pkg
    fi
    # shellcheck disable=SC2046 # the credential arguments are meant to split
    xcrun notarytool submit "$upload" --wait $(notary_args)
    xcrun stapler staple "$target"
}

if [ -z "$identity" ]; then
    echo "build_dmg: MACOS_SIGN_IDENTITY is not set: skipping codesign and notarization." \
        "The DMG works, but Gatekeeper will warn users that the app is from an unidentified developer."
else
    echo "build_dmg: signing with '$identity' (inside-out) ..."
    main_exe="$app/Contents/MacOS/$(defaults read "$app/Contents/Info" CFBundleExecutable)"
    # Deepest first: a container's signature seals what is inside it.
    find "$app/Contents" -type f ! -path "$main_exe" -print0 |
        while IFS= read -r -d '' file; do
            if file -b "$file" | grep -q "Mach-O"; then printf '%s\n' "$file"; fi
        done | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2- |
        while IFS= read -r file; do sign "$file"; done
    find "$app/Contents" -type d -name "*.framework" | awk -F/ '{ print NF "\t" $0 }' |
        sort -rn | cut -f2- | while IFS= read -r framework; do sign "$framework"; done
    sign --entitlements "$entitlements" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
    if [ -n "$(notary_args)" ]; then
        echo "build_dmg: notarizing the app ..."
        notarize "$app"
    else
        echo "build_dmg: no notarization credentials (MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID," \
            "MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD): skipping notarization."
    fi
fi

echo "build_dmg: creating $dmg ..."
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")" # ditto keeps symlinks, signatures and the stapled ticket
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Seller Desk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg" # a disk image has no runtime to harden
    if [ -n "$(notary_args)" ]; then
        echo "build_dmg: notarizing the DMG ..."
        notarize "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    fi
fi
echo "build_dmg: done: $dmg"
