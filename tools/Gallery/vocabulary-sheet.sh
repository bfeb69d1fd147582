#!/usr/bin/env bash
# Paints 40 GenEval prompts (every 14th line of GenEval's evaluation_metadata.jsonl) and the everyday prompts of
# vocabulary-prompts.txt with `generate` (seed 1, 320x320, auto style) and puts every target.png, captioned, on
# one contact sheet: docs/gallery/vocabulary.jpg. Needs ImageMagick (montage) and python3.
# Usage: bash tools/Gallery/vocabulary-sheet.sh [path/to/evaluation_metadata.jsonl]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
jsonl="${1:-$repo/../shared/eval/geneval/evaluation_metadata.jsonl}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  python3 -c 'import json,sys; lines=open(sys.argv[1]).read().splitlines(); [print(json.loads(lines[i])["prompt"]) for i in range(0, min(len(lines), 560), 14)]' "$jsonl" | head -40
  grep -v '^#' "$repo/tools/Gallery/vocabulary-prompts.txt" | sed '/^$/d'
} > "$work/prompts.txt"
dotnet build "$repo/src/Cli" -c Release -v q -nologo > /dev/null
n=0
while IFS= read -r prompt; do
  n=$((n + 1))
  out="$work/$(printf %03d $n)"
  dotnet run --no-build --project "$repo/src/Cli" -c Release -- generate "$prompt" --out "$out" --seed 1 --size 320x320 > /dev/null 2> "$out.err" || { cat "$out.err" >&2; exit 1; }
  label="${prompt:0:46}"
  convert "$out/r0/target.png" -resize 240x240 "$work/$(printf %03d $n).png"
  printf '%s\n' "$label" > "$work/$(printf %03d $n).txt"
done < "$work/prompts.txt"
args=()
for png in "$work"/[0-9][0-9][0-9].png; do args+=(-label "$(cat "${png%.png}.txt")" "$png"); done
montage "${args[@]}" -font DejaVu-Sans -pointsize 10 -geometry 240x240+3+3 -tile 10x -background white "$work/sheet.png"
convert "$work/sheet.png" -quality 82 "$repo/docs/gallery/vocabulary.jpg"
echo "$n pictures -> docs/gallery/vocabulary.jpg ($(du -k "$repo/docs/gallery/vocabulary.jpg" | cut -f1) KB)"
