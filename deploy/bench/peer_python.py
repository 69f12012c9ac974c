#!/usr/bin/env python3
"""The benchmark's Python peer: what a user would write with the standard library alone (re, json, gzip,
collections.Counter), single-threaded. It reads JSONL shards, runs the built-in domains' patterns (the same regexes
as reference.conf, translated to Python's `re`), normalises keys as factfloor does, deduplicates factoids inside a
document, and prints one line per domain: domain, n (documents count unit), distinct factoids, mentions.

Translation to `re`: \\p{Lu} becomes an explicit upper-case class (Latin-1 and Latin Extended-A), \\p{L} becomes
[^\\W\\d_] and \\p{M} the combining-marks block; named groups are written (?P<name>…). On text outside those ranges
(Greek or Cyrillic capitals, marks outside U+0300–U+036F) it would miss names factfloor finds; the generated corpus
has none.
"""
import collections
import gzip
import json
import re
import sys
import unicodedata

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LU = "[" + UPPER + "]"

MONTH = ("January|February|March|April|May|June|July|August|September|October|November|December"
         "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
WORD_TAIL = r"(?:[^\W\d_]|[\u0300-\u036f'’-])"
NAME_TOKEN = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sir|St)\.|" + LU + r"\.|" + LU + WORD_TAIL + "*)"
NOT_NAME = (r"(?!(?:He|She|It|They|We|You|I|This|That|These|Those|The|His|Her|Their|Its|Who|There|Then|When|After"
            r"|Before|In|On|At|And|But|Later|Also|A|An|Today|Yesterday)\b)")
PERSON = (r"(?:(?<![^\W\d_])(?<![\u0300-\u036f])" + NOT_NAME + NAME_TOKEN
          + r"(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|bint|ibn|al|el|ter|ten|dos|das|y)[ \t]+)*"
          + NAME_TOKEN + r"){0,5}(?:,?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV))?)")
PLACE = (r"(?:(?<![^\W\d_])(?<![\u0300-\u036f])" + LU + WORD_TAIL
         + r"*(?:(?:[ \t](?:and|of|the|de|da|del|do|la|el|al|upon|on|au|du|es|di))*[ \t-]" + LU + WORD_TAIL + "*)*)")
DATE = (r"(?:(?<!\d)(?:\d{1,2}(?:st|nd|rd|th)?(?:[ \t]of)?[ \t](?:" + MONTH + r")\.?,?[ \t]\d{1,4}"
        r"(?:[ \t]?(?:BC|BCE|AD|CE))?|(?:" + MONTH + r")\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{1,4}"
        r"|\d{4}-\d{2}-\d{2}|(?:" + MONTH + r")\.?,?[ \t]\d{4}|\d{1,2}/\d{1,2}/\d{4}|(?:c\.|ca\.|circa)[ \t]?\d{3,4}"
        r"|\d{1,4}[ \t]?(?:BC|BCE|AD|CE)|AD[ \t]?\d{1,4}|\d{4})(?!\d))")
SURNAME = r"(?:" + LU + WORD_TAIL + "+)"
YEAR = r"(?:1[5-9]\d{2}|20\d{2})"
APA_AUTHORS = (r"(?:" + SURNAME + r",[ \t](?:" + LU + r"\.[ \t-]?)+(?:,?[ \t](?:&[ \t]|and[ \t])?" + SURNAME
               + r",[ \t](?:" + LU + r"\.[ \t-]?)+)*(?:,?[ \t]et[ \t]al\.)?)")
INTEXT_AUTHORS = r"(?:" + SURNAME + r"(?:[ \t]et[ \t]al\.|[ \t](?:and|&)[ \t]" + SURNAME + r")?)"

DOMAINS = {
    "capitals": (["capital"], "place", "place", [
        r"(?P<attribute>" + PLACE + r"),?[ \t](?:is|was|has[ \t]been|remains|became)[ \t](?:also[ \t])?the[ \t]"
        r"(?:national[ \t])?capital(?:[ \t]city)?(?:[ \t]and[ \t]largest[ \t]city)?[ \t]of[ \t](?:the[ \t])?"
        r"(?P<entity>" + PLACE + ")",
        r"\b[Tt]he[ \t]capital(?:[ \t]city)?[ \t]of[ \t](?:the[ \t])?(?P<entity>" + PLACE + r"),?[ \t](?:is|was)[ \t]"
        r"(?P<attribute>" + PLACE + ")",
        r"(?P<attribute>" + PLACE + r"),[ \t](?:the[ \t])?capital(?:[ \t]city)?(?:[ \t]and[ \t]largest[ \t]city)?"
        r"[ \t]of[ \t](?:the[ \t])?(?P<entity>" + PLACE + ")",
        r"(?P<entity>" + PLACE + r")['’]s[ \t]capital(?:[ \t]city)?(?:,|[ \t]is|[ \t]was)[ \t](?P<attribute>"
        + PLACE + ")",
    ]),
    "death-dates": (["died", "passed away", "(d.", "–", "—"], "person", "date", [
        r"(?P<entity>" + PERSON + r")[ \t](?:died|passed[ \t]away)[ \t](?:on[ \t]|in[ \t])?(?P<attribute>" + DATE + ")",
        r"(?P<entity>" + PERSON + r"),[ \t]who[ \t](?:died|passed[ \t]away)[ \t](?:on[ \t]|in[ \t])?(?P<attribute>"
        + DATE + ")",
        r"(?P<entity>" + PERSON + r")[ \t]\((?:born[ \t]|b\.[ \t])?" + DATE + r"[ \t]?[–—][ \t]?(?:died[ \t]|d\.[ \t])?"
        r"(?P<attribute>" + DATE + r")\)",
        r"(?P<entity>" + PERSON + r")[ \t]\(d\.[ \t](?P<attribute>" + DATE + r")\)",
    ]),
    "citations": (["(1", "(20"], "title", "author-year", [
        r"(?P<attribute>" + APA_AUTHORS + r"[ \t]\(" + YEAR + r")[a-z]?\)\.[ \t](?P<entity>" + LU
        + r"[^.?!\n]{4,300}?)[.?!](?=[ \t\n]|$)",
        r"[\"“](?P<entity>[^\"“”\n]{5,300}?)[.,]?[\"”][ \t]by[ \t](?P<attribute>" + INTEXT_AUTHORS + r"[ \t]\("
        + YEAR + r")[a-z]?\)",
        r"(?P<attribute>" + INTEXT_AUTHORS + r"[ \t]\(" + YEAR + r")[a-z]?\),?[ \t][\"“](?P<entity>[^\"“”\n]{5,300}?)"
        r"[.,]?[\"”]",
    ]),
}

SPACES = re.compile(r"\s+")
TRAILING = re.compile(r"[\s.,;:!?]+$")
LEADING_THE = re.compile(r"^the\s+")
HONORIFIC = re.compile(r"^(?:(?:sir|dame|lord|lady|dr|prof|professor|mr|mrs|ms|mx|rev|saint|st)\.?\s+)+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
QUOTES = re.compile(r"^[\s\"'“”‘’«»*_]+|[\s\"'“”‘’«»*_]+$")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|[*_`]+")
HYPHEN_BREAK = re.compile(r"([^\W\d_])-\s*\n\s*([^\W\d_])")
FIRST_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f'’-])*")
YEAR_IN = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
D_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
D_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
D_YEAR = r"(?P<year>\d{1,4})"
D_ERA = r"(?:\s*(?P<era>bc|bce|b\.c\.|ad|ce|a\.d\.))?"
ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
DMY = re.compile(D_DAY + r"(?:\s+of)?\s+" + D_MONTH + r",?\s+" + D_YEAR + D_ERA)
MDY = re.compile(D_MONTH + r"\s+" + D_DAY + r",?\s+" + D_YEAR + D_ERA)
MY = re.compile(D_MONTH + r",?\s+" + D_YEAR + D_ERA)
NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})")
YEAR_ONLY = re.compile(r"(?:(?:c|ca|circa)\.?\s*)?(?:(?P<pre>ad|a\.d\.)\s*)?" + D_YEAR + D_ERA)
DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def fold(s):
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", s))
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    return SPACES.sub(" ", s.lower()).strip()


def none_if_empty(s):
    return s or None


def place(s):
    return none_if_empty(TRAILING.sub("", LEADING_THE.sub("", fold(s), count=1), count=1))


def person(s):
    k = POSSESSIVE.sub("", HONORIFIC.sub("", fold(s), count=1), count=1)
    k = re.sub(r"\s*,\s*", " ", k)
    return none_if_empty(TRAILING.sub("", k, count=1))


def title(s):
    k = fold(MARKUP.sub("", HYPHEN_BREAK.sub(r"\1\2", s)))
    k = QUOTES.sub("", TRAILING.sub("", QUOTES.sub("", k), count=1))
    return none_if_empty(k)


def author_year(s):
    word = FIRST_WORD.search(s)
    years = YEAR_IN.findall(s)
    if not word or not years:
        return None
    return fold(word.group()) + " " + years[-1]


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def fmt(year, month, day):
    if year == 0 and month == 0 and day == 0:
        return None
    if month < 0 or month > 12 or (month == 0 and day != 0):
        return None
    if day:
        if day < 1 or day > DAYS_IN_MONTH[month - 1] or (month == 2 and day == 29 and not leap(year)):
            return None
    y = "-%04d" % -year if year < 0 else "%04d" % year
    if month == 0:
        return y
    return "%s-%02d" % (y, month) if day == 0 else "%s-%02d-%02d" % (y, month, day)


def era_year(m):
    y = int(m.group("year"))
    era = m.group("era")
    return 1 - y if era and era.startswith("b") else y


def date(surface):
    s = re.sub(r"[\s.,;:)]+$", "", SPACES.sub(" ", surface.lower()).strip())
    m = ISO.fullmatch(s)
    if m:
        return fmt(int(m.group("year")), int(m.group("month")), int(m.group("day") or 0))
    m = DMY.fullmatch(s) or MDY.fullmatch(s)
    if m:
        return fmt(era_year(m), MONTHS[m.group("month")[:3]], int(m.group("day")))
    m = MY.fullmatch(s)
    if m:
        return fmt(era_year(m), MONTHS[m.group("month")[:3]], 0)
    m = NUMERIC.fullmatch(s)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        day_first = a > 12 or b <= 12
        return fmt(int(m.group("year")), b if day_first else a, a if day_first else b)
    m = YEAR_ONLY.fullmatch(s)
    if m:
        return fmt(era_year(m), 0, 0)
    return None


NORMALIZERS = {"place": place, "person": person, "title": title, "date": date, "author-year": author_year}


def main(paths):
    compiled = {name: ([lit.lower() for lit in lits], NORMALIZERS[e], NORMALIZERS[a], [re.compile(p) for p in ps])
                for name, (lits, e, a, ps) in DOMAINS.items()}
    documents = collections.Counter()  # (domain, entity, attribute) -> documents
    mentions = collections.Counter()  # domain -> mentions
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                lower = text.lower()
                for name, (literals, norm_e, norm_a, patterns) in compiled.items():
                    if not any(lit in lower for lit in literals):
                        continue
                    taken = []
                    found = set()
                    for pattern in patterns:
                        for m in pattern.finditer(text):
                            s, e = m.span()
                            if any(s < te and ts < e for ts, te in taken):
                                continue
                            ek = norm_e(m.group("entity"))
                            ak = norm_a(m.group("attribute")) if ek is not None else None
                            if ak is not None:
                                taken.append((s, e))
                                found.add((ek, ak))
                                mentions[name] += 1
                    for ek, ak in found:
                        documents[(name, ek, ak)] += 1
    for name in DOMAINS:
        counts = [c for (d, _, _), c in documents.items() if d == name]
        print(f"{name}\t{sum(counts)}\t{len(counts)}\t{mentions[name]}")


if __name__ == "__main__":
    main(sys.argv[1:])
