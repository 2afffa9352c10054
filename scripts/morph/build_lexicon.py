#!/usr/bin/env python3
"""Derive warta's root lexicons from Debian's hunspell dictionaries (reproducible).

    python3 scripts/morph/build_lexicon.py            # downloads the .deb files with `apt-get download`
    python3 scripts/morph/build_lexicon.py --from DIR # DIR holds id_ID.dic and en_US.dic already

Writes:
  dictionaries/morph/roots_id.txt  Indonesian roots (hunspell-id, LGPL-3) with the affix flags
                                   of hunspell-id kept: the analyzer uses them to prefer
                                   segmentations the dictionary licenses (see hunspell_flags_id.tsv).
  dictionaries/morph/words_en.txt  English stems (hunspell-en-us / SCOWL, permissive licence) with
                                   only the S (plural/3sg), G (-ing) and D (-ed) flags kept.
Both are separate, replaceable data files; the project's own additions live in *_extra files.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "dictionaries", "morph")

ID_HEADER = """# Indonesian root lexicon for warta-morph, one root a line: root<TAB>hunspell-id affix flags.
# Derived by scripts/morph/build_lexicon.py from Debian package hunspell-id ({version}),
# file id_ID.dic: Indonesian dictionary by Benitius Brevoort, (C) 2017 Ali Ahmadi,
# distributed under the GNU Lesser General Public License version 3 (LGPL-3).
# This file is a separate, replaceable data file under that licence; it is not part of warta's code.
# Changes: entries lower-cased; affix entries (`-kan`) and the count line dropped; flags of
# duplicate entries merged.
"""

EN_HEADER = """# English stems for warta-morph lemma_en: word<TAB>flags (S: takes -s/-es/-ies, G: -ing, D: -ed).
# Derived by scripts/morph/build_lexicon.py from Debian package hunspell-en-us ({version}), file
# en_US.dic, built from SCOWL. Copyright 2000-2011 by Kevin Atkinson (and the copyrights of its
# sources). Permission to use, copy, modify, distribute and sell these word lists, the associated
# scripts, the output created from the scripts, and its documentation for any purpose is hereby
# granted without fee, provided that the above copyright notice appears in all copies and that both
# that copyright notice and this permission notice appear in supporting documentation. Kevin
# Atkinson makes no representations about the suitability of this array for any purpose. It is
# provided "as is" without express or implied warranty.
# Changes: only lower-case entries without apostrophes; flags other than S, G, D dropped.
"""


def fetch(tmp):
    subprocess.run(["apt-get", "download", "hunspell-id", "hunspell-en-us"], cwd=tmp, check=True)
    versions = {}
    for deb in glob.glob(os.path.join(tmp, "*.deb")):
        name = os.path.basename(deb)
        versions[name.split("_")[0]] = name.split("_")[1].replace("%3a", ":")
        subprocess.run(["dpkg", "-x", deb, os.path.join(tmp, "x")], check=True)
    return os.path.join(tmp, "x", "usr", "share", "hunspell"), versions


def read_dic(path, encoding):
    with open(path, encoding=encoding) as f:
        lines = f.read().splitlines()
    for line in lines[1:]:
        line = line.strip()
        if not line:
            continue
        word, _, flags = line.partition("/")
        yield word.strip(), flags.strip()


def long_flags(flags):
    return [flags[i : i + 2] for i in range(0, len(flags) - 1, 2)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", help="directory holding id_ID.dic and en_US.dic")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        versions = {"hunspell-id": "unknown version", "hunspell-en-us": "unknown version"}
        src = args.src
        if not src:
            src, got = fetch(tmp)
            versions.update(got)

        roots = {}
        for word, flags in read_dic(os.path.join(src, "id_ID.dic"), "iso-8859-1"):
            w = word.lower()
            # Entries such as `-kan` are hunspell's own affix entries, not roots.
            if not w or " " in w or w.startswith("-") or w.endswith("-"):
                continue
            have = roots.setdefault(w, [])
            for fl in long_flags(flags):
                if fl not in have:
                    have.append(fl)
        with open(os.path.join(OUT, "roots_id.txt"), "w", encoding="utf-8") as f:
            f.write(ID_HEADER.format(version=versions["hunspell-id"]))
            for w in sorted(roots):
                f.write(f"{w}\t{''.join(roots[w])}\n" if roots[w] else f"{w}\n")

        words = {}
        for word, flags in read_dic(os.path.join(src, "en_US.dic"), "utf-8"):
            if not word or word != word.lower() or "'" in word or not word.isascii():
                continue
            have = words.setdefault(word, set())
            have.update(c for c in flags if c in "SGD")
        with open(os.path.join(OUT, "words_en.txt"), "w", encoding="utf-8") as f:
            f.write(EN_HEADER.format(version=versions["hunspell-en-us"]))
            for w in sorted(words):
                fl = "".join(c for c in "SGD" if c in words[w])
                f.write(f"{w}\t{fl}\n" if fl else f"{w}\n")
        print(f"roots_id.txt: {len(roots)} roots; words_en.txt: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
