#!/usr/bin/env python3
"""Builds crates/server/assets/world.svgpaths: the world's countries as pre-projected SVG paths.

Source: npm package `world-atlas` 2.0.2 (countries-110m.json, TopoJSON made from Natural Earth's
1:110m Admin 0 countries, public domain; package ISC, Mike Bostock). Projection: equirectangular,
x = (lon + 180) * 2, y = (90 - lat) * 2 on a 720 x 360 canvas, so the page places a marker at a
latitude/longitude with the same two lines. Output: one `<path>` per country, coordinates rounded
to 0.1 unit (0.05 degree), which is finer than the 1:110m data.

Usage: scripts/web/build_map.py            (fetches the package with `npm pack` into a temp dir)
       scripts/web/build_map.py FILE.json  (a countries-110m.json already on disk)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "server", "assets", "world.svgpaths")
SCALE = 2.0


def load(argv):
    if len(argv) > 1:
        with open(argv[1]) as f:
            return json.load(f)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["npm", "pack", "world-atlas@2.0.2", "--silent"], cwd=d, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(d, "world-atlas-2.0.2.tgz")) as t:
            return json.load(t.extractfile("package/countries-110m.json"))


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, idx):
    pts = []
    for i in idx:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def path_of(rings):
    out = []
    for r in rings:
        prev = None
        seg = []
        # Rings crossing the antimeridian (Russia, Fiji) are unwrapped to continuous longitudes:
        # the part beyond 180 degrees falls outside the 720-unit canvas and is clipped there.
        last = None
        for lon, lat in r:
            if last is not None:
                while lon - last > 180:
                    lon -= 360
                while last - lon > 180:
                    lon += 360
            last = lon
            p = (round((lon + 180) * SCALE, 1), round((90 - lat) * SCALE, 1))
            if p != prev:
                seg.append(p)
                prev = p
        if len(seg) < 3:
            continue
        out.append("M" + "L".join(f"{x:g} {y:g}" for x, y in seg) + "Z")
    return "".join(out)


def main(argv):
    topo = load(argv)
    arcs = decode_arcs(topo)
    lines = ["<!-- Natural Earth 1:110m countries (public domain) via npm world-atlas 2.0.2; "
             "built by scripts/web/build_map.py; equirectangular, x=(lon+180)*2, y=(90-lat)*2 -->"]
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            polys = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        d = "".join(path_of([ring(arcs, r) for r in p]) for p in polys)
        if not d:
            continue
        name = g.get("properties", {}).get("name", "").replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
        lines.append(f'<path data-name="{name}" d="{d}"/>')
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines) - 1} countries, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main(sys.argv)
