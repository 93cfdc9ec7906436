"""Build the registry data file from the official lists of administrative units.

    .venv/bin/python scripts/build_registry.py [--source ../shared/data/admin-units]

Reads the dated national lists (2020-02-25 … 2025-01-04), the post-reform list and the
conversion table of 1 July 2025, and writes `src/nongthon/registry/data/registry.json.gz`
with `provenance.json` beside it. Runs at build time only; the package reads the output.

What it does, in order:
1. every unit version: a code keeps one version while its name (up to spelling), kind and
   parent stay the same across lists; a change starts a new version with a new key;
2. lineage between consecutive lists, matched by code: renames, reclassifications, moves to
   another parent, and — inferred, flagged as such — where a vanished code went;
3. the 2025 reform from the conversion table (whole / part), the provincial mergers, and the end
   of the district level;
4. known resolutions that date a change more precisely than the lists do;
5. names of units merged before the first list, as aliases, from the MIT-licensed
   `vietnamadminunits` package when it is installed (build time only).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nongthon.registry.text import nfc, plain_key, squashed_key, tone_key  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "admin-units"
OUT_DIR = ROOT / "src" / "nongthon" / "registry" / "data"
SNAPSHOTS = [
    (dt.date(2020, 2, 25), "communes-2020-02-25.csv"),
    (dt.date(2021, 2, 3), "communes-2021-02-03.csv"),
    (dt.date(2023, 5, 7), "communes-2023-05-07.csv"),
    (dt.date(2025, 1, 4), "communes-2025-01-04.csv"),
]
REFORM = dt.date(2025, 7, 1)
REFORM_FILES = ("communes-2025-07-01.csv", "provinces-2025-07-01.csv", "conversion-2025-07-01.csv")

PROVINCE_LAW = "Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh"
COMMUNE_REFORM_NOTE = (
    "Theo bảng chuyển đổi đơn vị hành chính từ 01/7/2025; căn cứ là nghị quyết của UBTVQH (tháng 6/2025) "
    "về sắp xếp đơn vị hành chính cấp xã của tỉnh, số hiệu chưa đối chiếu."
)

# Resolutions checked against their published text: they date changes the lists only bracket.
# NQ 855/NQ-UBTVQH14 (Bắc Kạn), signed 10/01/2020, in force 01/02/2020 — the list of 2020-02-25
# still shows the old communes. Source: sotuphap.backan.gov.vn, "Tỉnh Bắc Kạn hoàn thành sắp xếp
# các đơn vị hành chính cấp xã theo Nghị quyết số 855/NQ-UBTVQH14" (13/03/2020).
KNOWN_RESOLUTIONS = [
    {
        "province": "06",
        "interval": (dt.date(2020, 2, 25), dt.date(2021, 2, 3)),
        "successor_names": {
            "Hiệp Lực", "Văn Lang", "Trần Phú", "Sơn Thành", "Văn Vũ", "Quân Hà", "Tân Tú",
            "Đồng Thắng", "Yên Phong", "Đồng Tâm", "Thanh Thịnh", "Phủ Thông", "Yến Lạc", "Cường Lợi",
            "Phong Huân", "Cao Trĩ", "Thượng Giáo",
        },
        "legal_basis": "Nghị quyết 855/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội",
        "effective": dt.date(2020, 2, 1),
    },
]

KIND_PREFIXES = {
    "tinh": (("thành phố ", "thanh_pho_tw"), ("tỉnh ", "tinh"), ("tp ", "thanh_pho_tw")),
    "huyen": (("quận ", "quan"), ("huyện ", "huyen"), ("thị xã ", "thi_xa"), ("thành phố ", "thanh_pho")),
    "xa": (("xã ", "xa"), ("phường ", "phuong"), ("thị trấn ", "thi_tran"), ("đặc khu ", "dac_khu")),
}
_SPACES = re.compile(r"\s+")
_CODE_IN_PARENS = re.compile(r"\((\d+)\)")


def clean(cell: str) -> str:
    return _SPACES.sub(" ", nfc(cell or "")).strip()


def split_kind(full: str, level: str, default: str | None = None) -> tuple[str, str]:
    text = clean(full)
    low = text.lower()
    for prefix, kind in KIND_PREFIXES[level]:
        if low.startswith(prefix):
            return kind, text[len(prefix):].strip()
    if default is None:
        raise ValueError(f"no level word in {full!r} (level {level})")
    return default, text


@dataclass(eq=False)
class Version:
    code: str
    level: str
    name: str
    kind: str
    parent_code: str | None
    start: dt.date | None
    end: dt.date | None = None
    parent: Version | None = None
    aliases: list[str] = field(default_factory=list)
    index: int = -1

    @property
    def key(self) -> str:
        return f"{self.code}@{self.start.isoformat() if self.start else '-'}"


@dataclass
class Link:
    pred: Version
    succ: Version
    share: str  # whole | part | unknown


@dataclass
class Event:
    kind: str
    effective: dt.date
    earliest: dt.date | None
    latest: dt.date | None
    legal_basis: str = ""
    inferred: bool = False
    note: str = ""
    links: list[Link] = field(default_factory=list)


class Builder:
    def __init__(self, source: Path):
        self.source = source
        self.versions: dict[str, list[Version]] = defaultdict(list)  # "level:code" -> versions
        self.events: list[Event] = []
        self.stats: Counter = Counter()
        self.warnings: list[str] = []
        self._legacy_map: dict | None = None

    # ---- versions -------------------------------------------------------------------------

    def open_version(self, level: str, code: str) -> Version | None:
        vs = self.versions.get(f"{level}:{code}")
        if vs and vs[-1].end is None:
            return vs[-1]
        return None

    def add(self, v: Version) -> Version:
        self.versions[f"{v.level}:{v.code}"].append(v)
        return v

    def version_at(self, level: str, code: str, on: dt.date | None) -> Version | None:
        vs = self.versions.get(f"{level}:{code}", [])
        for v in vs:
            if (v.start is None or (on is not None and v.start <= on)) and (
                v.end is None or on is None or on < v.end
            ):
                return v
        return vs[-1] if vs else None

    def read_snapshot(self, path: Path) -> tuple[dict, dict, dict]:
        provinces, districts, communes = {}, {}, {}
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                pcode, dcode, ccode = (clean(row[k]) for k in ("Mã TP", "Mã QH", "Mã PX"))
                provinces[pcode] = split_kind(row["Tỉnh Thành Phố"], "tinh")
                districts[dcode] = (*split_kind(row["Quận Huyện"], "huyen"), pcode)
                if ccode:
                    communes[ccode] = (*split_kind(row["Phường Xã"], "xa"), dcode)
        return provinces, districts, {k: v for k, v in communes.items()}

    def apply_snapshot(self, level: str, i: int, day: dt.date, rows: dict) -> dict:
        """Open, continue or close versions of one level; return what changed since the last list."""
        changed, appeared, vanished = [], [], []
        start = None if i == 0 else day
        for code, (kind, name, *parent) in rows.items():
            parent_code = parent[0] if parent else None
            cur = self.open_version(level, code)
            if cur is None:
                v = self.add(Version(code, level, name, kind, parent_code, start))
                if i:
                    appeared.append(v)
                continue
            what = []
            if cur.parent_code != parent_code:
                what.append("reparent")
            if cur.kind != kind:
                what.append("reclassify")
            if tone_key(cur.name) != tone_key(name):
                what.append("rename")
            if not what:
                cur.name = name  # spelling only (Sỹ/Sĩ, Hoà/Hòa): keep the newest spelling
                continue
            cur.end = day
            new = self.add(Version(code, level, name, kind, parent_code, day))
            changed.append((cur, new, what))
        for vs in list(self.versions.values()):
            v = vs[-1]
            if v.level == level and v.end is None and v.code not in rows:
                v.end = day
                vanished.append(v)
        return {"changed": changed, "appeared": appeared, "vanished": vanished}

    # ---- lineage between lists ------------------------------------------------------------

    def infer_between(self, prev_day: dt.date, day: dt.date, diffs: dict[str, dict]) -> None:
        continuing_events: dict[int, Event] = {}

        def event_for(succ: Version, kind: str, old: Version | None, what: list[str]) -> Event:
            ev = continuing_events.get(id(succ))
            if ev is None:
                ev = Event(kind, day, prev_day, day, note="Giữa hai danh mục "
                           f"{prev_day.isoformat()} và {day.isoformat()}.")
                continuing_events[id(succ)] = ev
                self.events.append(ev)
                if old is not None:
                    ev.links.append(Link(old, succ, "whole"))
                    ev.note += " Cùng mã: " + ", ".join(_WHAT[w] for w in what) + "."
            return ev

        for level in ("tinh", "huyen", "xa"):
            for old, new, what in diffs[level]["changed"]:
                kind = "reparent" if "reparent" in what else "reclassify" if "reclassify" in what else "rename"
                event_for(new, kind, old, what)

        # Districts that vanished: where did their communes go?
        commune_moves: dict[str, Counter] = defaultdict(Counter)
        for old, new, what in diffs["xa"]["changed"]:
            if "reparent" in what:
                commune_moves[old.parent_code][new.parent_code] += 1
        for v in diffs["huyen"]["vanished"]:
            moves = commune_moves.get(v.code)
            if moves:
                target_code = moves.most_common(1)[0][0]
                target = self.open_version("huyen", target_code)
                if target is not None:
                    ev = event_for(target, "merge", None, [])
                    ev.kind = "merge"
                    ev.inferred = True
                    ev.links.append(Link(v, target, "whole"))
                    ev.note += f" Suy ra: các xã của {v.name} chuyển về {target.name}."
                    continue
            self.dissolved(v, prev_day, day)
        for v in diffs["huyen"]["appeared"]:
            sources = Counter(old.parent_code for old, new, what in diffs["xa"]["changed"]
                              if new.parent_code == v.code and "reparent" in what)
            for src_code in sources:
                src = self.version_at("huyen", src_code, prev_day)
                if src is None or src in diffs["huyen"]["vanished"]:
                    if src is not None:
                        ev = event_for(v, "merge", None, [])
                        ev.inferred = True
                        ev.links.append(Link(src, v, "whole"))
                    continue
                ev = event_for(v, "split", None, [])
                ev.inferred = True
                ev.links.append(Link(src, v, "part"))
                ev.note += f" Suy ra: thành lập từ một phần {src.name} (các xã chuyển sang)."

        # Communes that vanished: merged into a new or renamed commune of the same district.
        district_moves = {}
        for d_code, moves in commune_moves.items():
            district_moves[d_code] = moves.most_common(1)[0][0]
        targets: dict[str, list[Version]] = defaultdict(list)
        for v in diffs["xa"]["appeared"]:
            targets[v.parent_code].append(v)
        for _old, new, what in diffs["xa"]["changed"]:
            if "rename" in what or "reclassify" in what:
                targets[new.parent_code].append(new)
        for v in diffs["xa"]["vanished"]:
            d_code = v.parent_code
            if self.open_version("huyen", d_code) is None:
                d_code = district_moves.get(d_code, d_code)
            cands = targets.get(d_code, [])
            chosen, how = self.legacy_target(v)
            if not chosen:
                chosen, how = pick_targets(v, cands)
            if not chosen:
                self.dissolved(v, prev_day, day)
                continue
            for t in chosen:
                ev = event_for(t, "merge", None, [])
                ev.inferred = True
                ev.links.append(Link(v, t, "whole" if len(chosen) == 1 else "unknown"))
                ev.note += f" Suy ra ({how}): {v.name} ({v.code}) không còn trong danh mục sau."
        for ev in continuing_events.values():
            preds = {id(link.pred) for link in ev.links}
            if len(preds) >= 2 and ev.kind not in ("split",):
                ev.kind = "merge"
            elif not ev.links:
                self.events.remove(ev)

    def dissolved(self, v: Version, prev_day: dt.date, day: dt.date) -> None:
        self.stats[f"vanished_without_successor_{v.level}"] += 1
        ev = Event("dissolve", day, prev_day, day, inferred=True,
                   note=f"{v.name} ({v.code}) không còn trong danh mục {day.isoformat()}; "
                   "không suy ra được đơn vị nhận từ các danh mục.")
        ev.links.append(Link(v, v, "none"))
        self.events.append(ev)

    # ---- the reform of 1 July 2025 -------------------------------------------------------

    def apply_reform(self) -> None:
        conv = self.read_conversion()
        new_provinces = {}
        with (self.source / "provinces-2025-07-01.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                if row and row[0].strip():
                    kind, name = split_kind(row[1], "tinh", default="tinh")
                    new_provinces[row[0].strip()] = (kind, name)
        # provinces
        prov_preds: dict[str, set[str]] = defaultdict(set)
        for r in conv:
            prov_preds[r["new_province"]].add(r["old_province"])
        province_version = {}
        for code, (kind, name) in new_provinces.items():
            preds = prov_preds.get(code, {code})
            cur = self.open_version("tinh", code)
            if preds == {code} and cur and cur.kind == kind and tone_key(cur.name) == tone_key(name):
                cur.name = name
                province_version[code] = cur
                continue
            olds = {p: self.open_version("tinh", p) for p in sorted(preds)}
            v = self.add(Version(code, "tinh", name, kind, None, REFORM))
            province_version[code] = v
            ev = Event("merge" if len(preds) > 1 else "rename", REFORM, None, None, legal_basis=PROVINCE_LAW,
                       note="Sắp xếp đơn vị hành chính cấp tỉnh từ 01/7/2025.")
            for p, old in olds.items():
                if old is None:
                    self.warnings.append(f"old province {p} not open before the reform")
                    continue
                old.end = REFORM
                ev.links.append(Link(old, v, "whole"))
            self.events.append(ev)
        # districts and communes end
        for vs in self.versions.values():
            v = vs[-1]
            if v.level in ("huyen", "xa") and v.end is None:
                v.end = REFORM
        # new communes
        new_communes = self.recode_new_communes(self.read_new_communes(new_provinces), conv)
        for code, (kind, name, pcode) in new_communes.items():
            self.add(Version(code, "xa", name, kind, pcode, REFORM, parent=province_version[pcode]))
        by_new: dict[str, list[dict]] = defaultdict(list)
        for r in conv:
            by_new[self.new_code_of(r, new_communes)].append(r)
        seen_old: set[int] = set()
        for new_code, rows in by_new.items():
            succ = self.open_version("xa", new_code)
            if succ is None:
                self.warnings.append(f"conversion names new commune {new_code} absent from the new list")
                continue
            if succ.parent_code != rows[0]["new_province"]:
                self.warnings.append(f"{new_code}: province differs between the new list and the table")
            links, notes = [], []
            for r in rows:
                if r["old_code"]:
                    old = self.version_at("xa", r["old_code"], REFORM - dt.timedelta(days=1))
                    if old is None or old.end != REFORM:
                        self.warnings.append(f"old commune {r['old_code']} ({r['old_name']}) not in the 2025-01-04 list")
                        self.stats["conversion_old_code_unknown"] += 1
                        continue
                else:
                    old = self.version_at("huyen", r["old_district"], REFORM - dt.timedelta(days=1))
                    if old is None:
                        continue
                seen_old.add(id(old))
                links.append(Link(old, succ, r["share"]))
                if r["note"]:
                    notes.append(r["note"].lower())
            kind = reform_kind(links, notes, succ)
            self.events.append(Event(kind, REFORM, None, None, note=COMMUNE_REFORM_NOTE
                                     + (" Ghi chú của bảng: " + "; ".join(sorted(set(notes))) + "." if notes else ""),
                                     links=links))
        for vs in self.versions.values():
            for v in vs:
                if v.level == "xa" and v.end == REFORM and id(v) not in seen_old:
                    self.stats["old_commune_missing_from_conversion"] += 1
                    self.warnings.append(f"commune {v.key} {v.name} not in the conversion table")
        # the district level ends: each district points to the communes that took its territory
        succ_of: dict[int, list[Version]] = defaultdict(list)
        for ev in self.events:
            if ev.effective == REFORM:
                for link in ev.links:
                    succ_of[id(link.pred)].append(link.succ)
        children: dict[str, list[Version]] = defaultdict(list)
        for vs in self.versions.values():
            v = vs[-1]
            if v.level == "xa" and v.end == REFORM:
                children[v.parent_code].append(v)
        for vs in self.versions.values():
            d = vs[-1]
            if d.level != "huyen" or d.end != REFORM or id(d) in succ_of:
                continue
            targets = []
            for c in children.get(d.code, []):
                for t in succ_of.get(id(c), []):
                    if t not in targets:
                        targets.append(t)
            ev = Event("dissolve", REFORM, None, None,
                       note="Cấp huyện kết thúc từ 01/7/2025 (chính quyền địa phương hai cấp); "
                       "các xã, phường mới trên địa bàn huyện cũ được liệt kê.",
                       links=[Link(d, t, "part") for t in targets] or [Link(d, d, "none")])
            self.events.append(ev)

    def recode_new_communes(self, listed: dict, conv: list[dict]) -> dict:
        """The new communes: codes and names from the conversion table, spelling from the list.

        For about 130 new communes the list of 1 July 2025 pairs codes and names differently from
        the conversion table (Phường Cửa Nam: 00073 in the list, 00082 in the table; xã Thiện Tân:
        06421 / 06436). The table's pairs are the ones the published catalogue and other datasets
        carry (06436 is xã Thiện Tân), so the table decides code and name; where the list has the
        same name in the same province its spelling is kept. Disagreements are listed in the
        provenance warnings.
        """
        by_name: dict[tuple[str, str], tuple[str, str, str]] = {}
        for code, (kind, name, pcode) in listed.items():
            by_name[(pcode, tone_key(name))] = (code, kind, name)
        out = {}
        matched = set()
        for r in conv:
            code = r["new_code"]
            if code in out:
                continue
            kind, name = split_kind(r["new_name"], "xa", default="xa")
            hit = by_name.get((r["new_province"], tone_key(name)))
            if hit is not None:
                matched.add(hit[0])
                if hit[0] != code:
                    self.stats["new_code_differs_between_list_and_table"] += 1
                    self.warnings.append(f"new list: {hit[2]} ({r['new_province']}) listed as {hit[0]}, the table gives {code}")
                name = hit[2]
            elif code in listed and squashed_key(name) == "xa" + squashed_key(listed[code][1]):
                name = listed[code][1]  # "Xa Ea Kly": the level word written twice in the table
                matched.add(code)
            else:
                self.stats["new_name_only_in_table"] += 1
                self.warnings.append(f"new list: {name} ({code}, province {r['new_province']}) is not in the list by name; "
                                     f"the list gives {listed[code][1] if code in listed else 'nothing'} for {code}")
            out[code] = (kind, name, r["new_province"])
        for code, (_kind, name, pcode) in listed.items():
            if code not in matched:
                self.warnings.append(f"new list: {name} ({code}, province {pcode}) has no row of its own in the table")
        return out

    def new_code_of(self, r: dict, new_communes: dict) -> str:
        """The new commune a conversion row points to, checked against the new list.

        The table's "Mã Xã mới" disagrees with the list of 1 July 2025 for about a hundred rows
        (codes of neighbours swapped, or codes the list does not use). The list is the official
        register of codes, so when code and name disagree the name decides within the province.
        """
        code = r["new_code"]
        _, name = split_kind(r["new_name"], "xa", default="xa")
        listed = new_communes.get(code)
        if listed and tone_key(listed[1]) == tone_key(name):
            return code
        for fold in (tone_key, squashed_key):
            hits = [c for c, (_, n, p) in new_communes.items()
                    if p == r["new_province"] and fold(n) == fold(name)]
            if len(hits) == 1:
                self.stats["conversion_new_code_corrected_by_name"] += 1
                self.warnings.append(f"conversion: {name} has code {code} in the table, {hits[0]} in the new list")
                return hits[0]
        self.stats["conversion_new_code_kept_unverified"] += 1
        self.warnings.append(f"conversion: {name} ({code}) not found in the new list by code or name")
        return code

    def read_conversion(self) -> list[dict]:
        out = []
        with (self.source / "conversion-2025-07-01.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        for line_no, row in enumerate(rows[2:], start=3):
            cells = [clean(c) for c in row] + [""] * 9
            prov, new_name, new_code, old_name, old_code, note, old_district, old_prov = cells[:8]
            if not new_code:
                continue  # a province header row
            low = note.lower()
            share = "part" if ("một phần" in low or "phần còn lại" in low) else "whole"
            m_new = _CODE_IN_PARENS.search(prov)
            m_old = _CODE_IN_PARENS.search(old_prov)
            m_d = _CODE_IN_PARENS.search(old_district)
            if not (m_new and m_old):
                raise SystemExit(f"conversion-2025-07-01.csv:{line_no}: province code missing")
            out.append({
                "new_province": m_new.group(1), "new_code": new_code, "new_name": new_name,
                "old_code": old_code, "old_name": old_name, "note": note, "share": share,
                "old_district": m_d.group(1) if m_d else "", "old_province": m_old.group(1),
            })
        self.stats["conversion_rows"] = len(out)
        return out

    def read_new_communes(self, new_provinces: dict) -> dict:
        by_key = {tone_key(name): code for code, (kind, name) in new_provinces.items()}
        out = {}
        pcode = None
        with (self.source / "communes-2025-07-01.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                cells = [clean(c) for c in row] + ["", "", ""]
                if not cells[0]:
                    header = cells[1].lower()
                    for prefix in ("thành phố ", "tỉnh "):
                        if header.startswith(prefix):
                            header = header[len(prefix):]
                    pcode = by_key[tone_key(header)]
                    continue
                kind, name = split_kind(cells[1], "xa")
                out[cells[0]] = (kind, name, pcode)
        return out

    # ---- known resolutions, aliases --------------------------------------------------------

    def apply_known_resolutions(self) -> None:
        for known in KNOWN_RESOLUTIONS:
            for ev in self.events:
                if (ev.earliest, ev.latest) != known["interval"] or not ev.links:
                    continue
                succ = ev.links[0].succ
                province = self.province_of(succ)
                if province != known["province"] or succ.name not in known["successor_names"]:
                    continue
                ev.legal_basis = known["legal_basis"]
                ev.effective = known["effective"]
                ev.note += (f" Hiệu lực {known['effective'].strftime('%d/%m/%Y')} theo nghị quyết; "
                            f"danh mục {known['interval'][0].isoformat()} còn ghi tên cũ.")
                for link in ev.links:
                    if link.pred.end == known["interval"][1]:
                        link.pred.end = known["effective"]
                    if link.succ.start == known["interval"][1]:
                        link.succ.start = known["effective"]
                self.stats["events_dated_by_resolution"] += 1

    def province_of(self, v: Version) -> str | None:
        while v is not None and v.level != "tinh":
            if v.parent is None:
                return None
            v = v.parent
        return v.code if v else None

    def legacy_absorbers(self) -> dict[tuple[str, str], set[str]]:
        """(province code, unaccented old name) → codes of the communes the legacy package files
        that name under: where a commune that left the lists most likely went."""
        if self._legacy_map is None:
            self._legacy_map = {}
            data = self.legacy_data()
            if data is not None:
                codes = {k: v["provinceCode"] for k, v in data["DICT_PROVINCE"].items()}
                for pkey, districts in data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
                    for wards in districts.values():
                        for ward in wards.values():
                            for kw in ward["wardKeywords"]:
                                for prefix in ("thitran", "phuong", "xa"):
                                    if kw.startswith(prefix) and len(kw) > len(prefix):
                                        self._legacy_map.setdefault((codes.get(pkey), kw[len(prefix):]), set()).add(
                                            ward["wardCode"])
                                        break
        return self._legacy_map

    def legacy_target(self, v: Version) -> tuple[list[Version], str]:
        codes = self.legacy_absorbers().get((self.province_of(v), squashed_key(v.name)), set()) - {v.code}
        targets = [t for t in (self.open_version("xa", c) for c in sorted(codes)) if t is not None]
        if len(targets) == 1:
            self.stats["vanished_commune_placed_by_legacy_alias"] += 1
            return targets, f"vietnamadminunits ghi tên {v.name} dưới {targets[0].name}"
        return [], ""

    def legacy_data(self) -> dict | None:
        try:
            import vietnamadminunits
        except ImportError:
            return None
        pkg_dir = Path(vietnamadminunits.__file__).parent
        return json.loads((pkg_dir / "data" / "parser_legacy.json").read_text(encoding="utf-8"))

    def add_legacy_aliases(self) -> dict | None:
        try:
            import vietnamadminunits
        except ImportError:
            self.warnings.append("vietnamadminunits not installed: no aliases for units merged before 2020")
            return None
        pkg_dir = Path(vietnamadminunits.__file__).parent
        data = json.loads((pkg_dir / "data" / "parser_legacy.json").read_text(encoding="utf-8"))
        names_in_province: dict[str, set[str]] = defaultdict(set)
        for vs in self.versions.values():
            for v in vs:
                p = self.province_of(v)
                names_in_province[p].add(squashed_key(v.name))
        count = 0
        for districts in data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values():
            for wards in districts.values():
                for ward in wards.values():
                    code = ward["wardCode"]
                    vs = self.versions.get(f"xa:{code}")
                    if not vs:
                        continue
                    first = vs[0]
                    own = squashed_key(first.name)
                    province = self.province_of(first)
                    for kw in ward["wardKeywords"]:
                        for prefix in ("thitran", "phuong", "xa"):
                            if kw.startswith(prefix):
                                alias = kw[len(prefix):]
                                break
                        else:
                            continue
                        if not alias or alias == own or alias in names_in_province[province]:
                            continue
                        if alias not in first.aliases:
                            first.aliases.append(alias)
                            count += 1
        self.stats["legacy_aliases"] = count
        meta = json.loads(json.dumps({
            "package": "vietnamadminunits",
            "version": _dist_version("vietnamadminunits"),
            "licence": "MIT (Copyright (c) 2025 Tran Ngoc Minh Hieu)",
            "file": "vietnamadminunits/data/parser_legacy.json",
            "sha256": hashlib.sha256((pkg_dir / "data" / "parser_legacy.json").read_bytes()).hexdigest(),
            "used_for": "names of communes merged before the first list, as unaccented aliases without dates",
        }))
        return meta

    # ---- output ---------------------------------------------------------------------------

    def link_parents(self) -> None:
        for vs in self.versions.values():
            for v in vs:
                if v.parent is not None or v.parent_code is None:
                    continue
                parent_level = "tinh" if v.level == "huyen" else "huyen"
                v.parent = self.version_at(parent_level, v.parent_code, v.start)
                if v.parent is None:
                    self.warnings.append(f"{v.key}: parent {v.parent_code} not found")

    def run(self) -> dict:
        prev_day = None
        for i, (day, fname) in enumerate(SNAPSHOTS):
            provinces, districts, communes = self.read_snapshot(self.source / fname)
            self.stats[f"rows_{fname}"] = len(communes)
            diffs = {
                "tinh": self.apply_snapshot("tinh", i, day, provinces),
                "huyen": self.apply_snapshot("huyen", i, day, districts),
                "xa": self.apply_snapshot("xa", i, day, communes),
            }
            self.link_parents()
            if i:
                self.infer_between(prev_day, day, diffs)
            prev_day = day
        self.apply_reform()
        self.link_parents()
        self.apply_known_resolutions()
        return {"legacy": self.add_legacy_aliases()}

    def serialise(self) -> dict:
        units = sorted((v for vs in self.versions.values() for v in vs),
                       key=lambda v: (_LEVEL_ORDER[v.level], v.code, v.start or dt.date.min))
        for i, v in enumerate(units):
            v.index = i
        rows = []
        for v in units:
            rows.append([v.code, v.name, v.kind, v.parent.index if v.parent else -1,
                         _d(v.start), _d(v.end), v.aliases])
        events = []
        for ev in sorted(self.events, key=lambda e: (e.effective, e.links[0].succ.code if e.links else "")):
            links, seen = [], set()
            for lk in ev.links:
                if lk.share != "none" and (id(lk.pred), id(lk.succ)) not in seen:
                    seen.add((id(lk.pred), id(lk.succ)))
                    links.append([lk.pred.index, lk.succ.index, lk.share])
            events.append([ev.kind, _d(ev.effective), _d(ev.earliest), _d(ev.latest), ev.legal_basis,
                           int(ev.inferred), ev.note, links,
                           [lk.pred.index for lk in ev.links if lk.share == "none"]])
        keys = [v.key for v in units]
        assert len(keys) == len(set(keys)), "duplicate unit keys"
        return {"format": 1, "first_list": SNAPSHOTS[0][0].isoformat(), "reform": REFORM.isoformat(),
                "units": rows, "events": events}


_LEVEL_ORDER = {"tinh": 0, "huyen": 1, "xa": 2}
_WHAT = {"rename": "đổi tên", "reclassify": "đổi loại hình", "reparent": "chuyển đơn vị cấp trên"}


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def pick_targets(v: Version, cands: list[Version]) -> tuple[list[Version], str]:
    """Where a vanished commune most likely went, from the new or renamed communes of its district."""
    if not cands:
        return [], ""
    if len(cands) == 1:
        return cands, "đơn vị mới/đổi tên duy nhất trong cùng huyện"
    mine = set(plain_key(v.name).split())
    scored = sorted(((len(mine & set(plain_key(c.name).split())), c) for c in cands), key=lambda x: -x[0])
    if scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return [scored[0][1]], "tên mới chứa một phần tên cũ, cùng huyện"
    if len(cands) <= 3:
        return cands, "một trong các đơn vị mới/đổi tên cùng huyện, không xác định được đơn vị nào"
    return [], ""


def reform_kind(links: list[Link], notes: list[str], succ: Version) -> str:
    if len({id(lk.pred) for lk in links}) >= 2:
        return "merge"
    if not links:
        return "merge"
    link = links[0]
    text = " ".join(notes)
    if link.share == "part":
        return "split"
    if link.pred.level != "xa" or "đổi loại hình" in text or link.pred.kind != succ.kind:
        return "reclassify"
    if "đổi tên" in text or tone_key(link.pred.name) != tone_key(succ.name):
        return "rename"
    return "reparent"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    builder = Builder(args.source)
    extra = builder.run()
    data = builder.serialise()
    args.out.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out_file = args.out / "registry.json.gz"
    out_file.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    files = [f for _, f in SNAPSHOTS] + list(REFORM_FILES)
    counts = Counter(u[2] for u in data["units"])
    provenance = {
        "built": dt.date.today().isoformat(),
        "script": "scripts/build_registry.py",
        "output": {"file": out_file.name, "sha256": sha256(out_file), "units": len(data["units"]),
                   "events": len(data["events"]), "units_by_kind": dict(sorted(counts.items()))},
        "sources": [{"file": f, "sha256": sha256(args.source / f),
                     "rows": builder.stats.get(f"rows_{f}")} for f in files],
        "sources_note": "Danh mục đơn vị hành chính (Tổng cục Thống kê) and the official conversion table of "
                        "1 July 2025, as collected in the public history of the VietnamProvinces project.",
        "aliases_from": extra["legacy"],
        "known_resolutions": [{"legal_basis": k["legal_basis"], "effective": k["effective"].isoformat()}
                              for k in KNOWN_RESOLUTIONS],
        "stats": dict(sorted(builder.stats.items())),
        "warnings": builder.warnings,
        "warning_count": len(builder.warnings),
    }
    (args.out / "provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    print(f"{len(data['units'])} units, {len(data['events'])} events, {out_file.stat().st_size:,} bytes; "
          f"{len(builder.warnings)} warnings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
