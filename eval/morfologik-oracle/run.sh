#!/usr/bin/env bash
# Compares Kronika's C# Morfologik reader with Morfologik's Java lookup on every form of PoliMorf (not run by CI: needs
# a JDK, about a minute and 1 GB of /tmp). Usage: bash eval/morfologik-oracle/run.sh  (prints IDENTICAL or the differences)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=/usr/share/java/morfologik-stemming.jar:/usr/share/java/morfologik-fsa.jar:/usr/share/java/morfologik-polish.jar:/usr/share/java/hppc.jar
command -v javac >/dev/null || { echo "oracle: javac is missing (apt-get install default-jdk-headless)" >&2; exit 1; }
javac -d "$work" -cp "$cp" eval/morfologik-oracle/Oracle.java
dotnet build src/Kronika.Cli -c Release -nologo -clp:ErrorsOnly --artifacts-path "$work/build" >/dev/null
kronika="$work/build/bin/Kronika.Cli/release/kronika"
$kronika morph --dump-entries > "$work/entries.tsv"
cut -f1 "$work/entries.tsv" | LC_ALL=C sort -u > "$work/forms.txt"
java -cp "$cp:$work" Oracle "$work/forms.txt" "$work/java.tsv"
$kronika morph --analyze-file "$work/forms.txt" > "$work/cs.tsv"
LC_ALL=C sort "$work/java.tsv" > "$work/java.sorted"
LC_ALL=C sort "$work/cs.tsv" > "$work/cs.sorted"
echo "forms: $(wc -l < "$work/forms.txt"), analyses: java $(wc -l < "$work/java.sorted"), kronika $(wc -l < "$work/cs.sorted")"
if cmp -s "$work/java.sorted" "$work/cs.sorted"; then echo IDENTICAL; else LC_ALL=C comm -3 "$work/java.sorted" "$work/cs.sorted" | head -20; exit 1; fi
