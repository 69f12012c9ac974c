#!/usr/bin/env bash
# The benchmark's GNU peer: per domain, one PCRE (the built-in patterns joined by |, named groups dropped) run with
# `grep -noP` over every shard, `xargs -P <cores>` shards at a time, then sort/uniq to count surface forms.
# Prints: domain, n (documents × distinct surface string), distinct surface strings, mentions.
#
# What it leaves out, by construction: JSON decoding (it greps the raw JSONL line, so the quote in `"Title" by`
# is matched in its escaped form \"), key normalisation (case and diacritic folding, "Dr." dropped, dates to ISO):
# its distinct counts are of surface strings, so only its mention counts are comparable with factfloor's.
# grep -P runs in C.UTF-8 so \p{Lu} means Unicode upper case; sort and uniq run in LC_ALL=C.
# Usage: peer_grep.sh WORKDIR SHARD...
set -euo pipefail
work=$1
shift
mkdir -p "$work"
cores=$(nproc)

# Fragments, as in reference.conf (PCRE has \p{..}, lookbehind and lookahead, so they carry over unchanged).
token="(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sir|St)\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)"
person="(?<![\p{L}\p{M}])(?!(?:He|She|It|They|We|You|I|This|That|These|Those|The|His|Her|Their|Its|Who|There|Then|When|After|Before|In|On|At|And|But|Later|Also|A|An|Today|Yesterday)\b)$token(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|bint|ibn|al|el|ter|ten|dos|das|y)[ \t]+)*$token){0,5}(?:,?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV))?"
place="(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?:(?:[ \t](?:and|of|the|de|da|del|do|la|el|al|upon|on|au|du|es|di))*[ \t-]\p{Lu}[\p{L}\p{M}'’-]*)*"
month="January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
date="(?<!\d)(?:\d{1,2}(?:st|nd|rd|th)?(?:[ \t]of)?[ \t](?:$month)\.?,?[ \t]\d{1,4}(?:[ \t]?(?:BC|BCE|AD|CE))?|(?:$month)\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{1,4}|\d{4}-\d{2}-\d{2}|(?:$month)\.?,?[ \t]\d{4}|\d{1,2}/\d{1,2}/\d{4}|(?:c\.|ca\.|circa)[ \t]?\d{3,4}|\d{1,4}[ \t]?(?:BC|BCE|AD|CE)|AD[ \t]?\d{1,4}|\d{4})(?!\d)"
surname="\p{Lu}[\p{L}\p{M}'’-]+"
year="(?:1[5-9]\d{2}|20\d{2})"
apa="(?:$surname),[ \t](?:\p{Lu}\.[ \t-]?)+(?:,?[ \t](?:&[ \t]|and[ \t])?(?:$surname),[ \t](?:\p{Lu}\.[ \t-]?)+)*(?:,?[ \t]et[ \t]al\.)?"
intext="(?:$surname)(?:[ \t]et[ \t]al\.|[ \t](?:and|&)[ \t](?:$surname))?"
# A double quote inside a JSON string is written \" on the line grep reads.
open_q='(?:\\"|“)'
close_q='(?:\\"|”)'

declare -A regex
regex[capitals]="(?:$place),?[ \t](?:is|was|has[ \t]been|remains|became)[ \t](?:also[ \t])?the[ \t](?:national[ \t])?capital(?:[ \t]city)?(?:[ \t]and[ \t]largest[ \t]city)?[ \t]of[ \t](?:the[ \t])?(?:$place)|\b[Tt]he[ \t]capital(?:[ \t]city)?[ \t]of[ \t](?:the[ \t])?(?:$place),?[ \t](?:is|was)[ \t](?:$place)|(?:$place),[ \t](?:the[ \t])?capital(?:[ \t]city)?(?:[ \t]and[ \t]largest[ \t]city)?[ \t]of[ \t](?:the[ \t])?(?:$place)|(?:$place)['’]s[ \t]capital(?:[ \t]city)?(?:,|[ \t]is|[ \t]was)[ \t](?:$place)"
regex[death-dates]="(?:$person)[ \t](?:died|passed[ \t]away)[ \t](?:on[ \t]|in[ \t])?(?:$date)|(?:$person),[ \t]who[ \t](?:died|passed[ \t]away)[ \t](?:on[ \t]|in[ \t])?(?:$date)|(?:$person)[ \t]\((?:born[ \t]|b\.[ \t])?(?:$date)[ \t]?[–—][ \t]?(?:died[ \t]|d\.[ \t])?(?:$date)\)|(?:$person)[ \t]\(d\.[ \t](?:$date)\)"
regex[citations]="(?:$apa[ \t]\($year)[a-z]?\)\.[ \t]\p{Lu}[^.?!\n]{4,300}?[.?!](?=[ \t\n]|$)|$open_q[^\"“”\n]{5,300}?[.,]?$close_q[ \t]by[ \t](?:$intext[ \t]\($year)[a-z]?\)|(?:$intext[ \t]\($year)[a-z]?\),?[ \t]$open_q[^\"“”\n]{5,300}?[.,]?$close_q"

export work
for domain in capitals death-dates citations; do
  printf '%s\0' "${regex[$domain]}" > "$work/$domain.regex"
done

# One shard: every domain's matches as "line:match", distinct per line (a factoid counts once per document).
one_shard() {
  local shard=$1 name
  name=$(basename "$shard")
  for domain in capitals death-dates citations; do
    local re
    re=$(tr -d '\0' < "$work/$domain.regex")
    zcat -f "$shard" | LC_ALL=C.UTF-8 grep -noP -- "$re" > "$work/$domain.$name.matches" || true
  done
}
export -f one_shard
printf '%s\n' "$@" | xargs -P "$cores" -I{} bash -c 'one_shard "$@"' _ {}

for domain in capitals death-dates citations; do
  mentions=$(cat "$work/$domain".*.matches | wc -l)
  # documents × surface: distinct line:match per shard file; then distinct surface strings over all shards
  for f in "$work/$domain".*.matches; do LC_ALL=C sort -u "$f"; done | cut -d: -f2- | LC_ALL=C sort \
    | LC_ALL=C uniq -c > "$work/$domain.counts"
  n=$(awk '{s += $1} END {print s + 0}' "$work/$domain.counts")
  distinct=$(wc -l < "$work/$domain.counts")
  printf '%s\t%s\t%s\t%s\n' "$domain" "$n" "$distinct" "$mentions"
done
rm -f "$work"/*.matches
