"""Synthetic news items: one per district and year, with the facts a reader would extract."""

from __future__ import annotations

import hashlib
import json

from nongthon.monitoring.choices import ReviewStatus


class NewsItems:
    """One synthetic news item per district and year, with its facts (nine in ten accepted)."""

    def __init__(self, gen, make_date):
        self.gen = gen
        self.make_date = make_date
        self.items: list[tuple] = []

    def district_year(self, did: int, year: int, communes: list[int], recognised: list[int]) -> None:
        self.items.append((did, year, len(communes), len(recognised),
                           [c for c in recognised if self.gen.paths[c].rec_year == year][:5]))
        if len(self.items) >= 2000:
            self.flush()

    def flush(self) -> None:
        from nongthon.documents.models import Document, Fact

        if not self.items:
            return
        gen, units, label = self.gen, self.gen.units, self.gen.w.label
        docs, fact_sets = [], []
        for did, year, total, count, new in self.items:
            name = units[did][3]
            lines = [f"[DỮ LIỆU TỔNG HỢP – không phải tin thật] Năm {year}, huyện {name} có {count}/{total} xã "
                     "đạt chuẩn nông thôn mới."]
            facts = [("unit_tally", {"parent": {"name": name, "level": "huyen", "parent": None}, "child_level": "xa",
                                     "count": count, "total": total, "state": "dat_chuan", "year": year,
                                     "modality": "achieved"}, did, lines[0])]
            for cid in new:
                sentence = f"Trong năm, xã {units[cid][3]} được công nhận đạt chuẩn nông thôn mới."
                lines.append(sentence)
                facts.append(("ntm_status", {"unit": {"name": units[cid][3], "level": "xa", "parent": name},
                                             "status": "dat_chuan", "modality": "achieved", "year": year},
                              cid, sentence))
            text = "\n".join(lines)
            docs.append({"sha256": hashlib.sha256(f"{label}\n{did}\n{year}\n{text}".encode()).hexdigest(),
                         "doc_id": f"synthetic/{units[did][1]}/{year}", "title": f"{name}: nông thôn mới {year}",
                         "date": self.make_date(year, 12, 20), "format": "txt", "text": text, "source": label})
            fact_sets.append((text, facts))
        for doc in docs:
            gen.w.plain(Document, **doc)
        gen.w.flush(Document)
        ids = dict(Document.objects.filter(sha256__in=[d["sha256"] for d in docs]).values_list("sha256", "id"))
        for doc, (text, items) in zip(docs, fact_sets, strict=True):
            rng = gen._rng("doc", doc["doc_id"])
            for kind, payload, uid, sentence in items:
                start = text.index(sentence)
                payload = {"type": kind, **payload, "evidence": sentence}
                blob = json.dumps(payload, sort_keys=True, ensure_ascii=False)
                gen.w.plain(Fact, document_id=ids[doc["sha256"]], type=kind, payload=payload, span_start=start,
                            span_end=start + len(sentence), evidence=sentence, unit_id=uid, confidence=0.9,
                            status=ReviewStatus.ACCEPTED if rng.random() < 0.9 else ReviewStatus.PROPOSED,
                            fingerprint=hashlib.sha256(blob.encode()).hexdigest())
        gen.w.flush(Fact)
        self.items = []
