#!/usr/bin/env bash
# Paints the composition examples (relations, settings, close-ups, negation, and one chain of revisions) with
# `generate` (seed 1, 320x320, auto style) and puts every target.png, captioned, on one contact sheet:
# docs/gallery/composition.jpg. Needs ImageMagick (montage).
# Usage: bash tools/Gallery/composition-sheet.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/Cli" -c Release -v q -nologo > /dev/null
easel() { dotnet run --no-build --project "$repo/src/Cli" -c Release -- "$@"; }
n=0
add() { # add FOLDER LABEL
  n=$((n + 1))
  convert "$1/target.png" -resize 240x240 "$work/$(printf %03d $n).png"
  printf '%s\n' "${2:0:44}" > "$work/$(printf %03d $n).txt"
}
while IFS= read -r prompt; do
  [[ -z "$prompt" || "$prompt" == \#* ]] && continue
  out="$work/p$n"
  easel generate "$prompt" --out "$out" --seed 1 --size 320x320 > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  add "$out/r0" "$prompt"
done <<'PROMPTS'
# relations
a photo of a dog right of a teddy bear
a photo of a bird below a skateboard
a kite above a horse
a cat sleeping under a tree
狗在猫的左边
a rabbit between a dog and a cat
cranes flying over misty mountains
# settings
a cup of coffee on a table by a rainy window
a teddy bear in the bedroom at night
a cat in the kitchen
a red car on the street
a zebra and a giraffe
a ball on the soccer field
a dog in the park
# close-ups and counts
an apple
a butterfly
three cups on a table
twelve sheep on a hill
twenty birds in the sky
a flock of sheep on a hill
a grandmother on a sofa
# landmarks, scenery features, seasons and negation
Mount Fuji with cherry blossoms
a waterfall in the forest
an iceberg in the sea
a lighthouse on a headland
a canyon at sunset
rice terraces on a hill
a bridge over a river in autumn
a clear night sky over the hills without the moon
PROMPTS
# One chain of revisions: each keeps the untouched things where they were.
out="$work/revisions"
revs=("move the dog to the right of the cat" "replace the cat with a rabbit" "make the dog bigger" "make it night" "把狗移到左边")
args=()
for r in "${revs[@]}"; do args+=(--revise "$r"); done
easel generate "a dog and a cat on the grass at sunset" --out "$out" --seed 1 --size 320x320 "${args[@]}" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
add "$out/r0" "a dog and a cat on the grass at sunset"
for i in "${!revs[@]}"; do add "$out/r$((i + 1))" "r$((i + 1)): ${revs[$i]}"; done
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc; [[ -f "$font" ]] || font=DejaVu-Sans # Chinese captions need a CJK font
labels=()
for png in "$work"/[0-9][0-9][0-9].png; do labels+=(-label "$(cat "${png%.png}.txt")" "$png"); done
montage "${labels[@]}" -font "$font" -pointsize 10 -geometry 240x240+3+3 -tile 5x -background white "$work/sheet.png"
convert "$work/sheet.png" -quality 84 "$repo/docs/gallery/composition.jpg"
echo "$n pictures -> docs/gallery/composition.jpg ($(du -k "$repo/docs/gallery/composition.jpg" | cut -f1) KB)"
