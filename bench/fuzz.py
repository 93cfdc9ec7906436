"""Fuzz the extraction pipeline: `nongthon.extraction.extract` on generated inputs; any exception is a crash.

    .venv/bin/python bench/fuzz.py [--count 1000000] [--workers 2] [--seed 1] [--show 10]

Inputs mix NTM sentences (units, tiers, criteria counts, money, percentages, decisions, dates) with
mutations: cut at any character, digits and separators swapped, accents stripped or doubled, control
characters, combining marks, lone surrogates replaced, mixed scripts, very long numbers and words,
random Unicode. Prints the count, the rate, and each distinct crash (type, message, the input). Goal: 0 crashes.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
import traceback
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

UNITS = ["xã Nhất Tiến", "huyện Bắc Sơn", "tỉnh Lạng Sơn", "xã Tân Lập", "thị trấn Phủ Thông", "huyện Bạch Thông",
         "thành phố Cần Thơ", "phường 3", "xã Ea H'leo", "thôn Nà Pài", "xã Đắk Tô", "quận Ninh Kiều", "đặc khu Phú Quốc"]
FRAMES = [
    "Năm {y}, {u} đạt chuẩn nông thôn mới theo Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y}.",
    "{u} đã đạt {k}/19 tiêu chí, thu nhập bình quân đạt {f} triệu đồng/người/năm.",
    "Tỷ lệ hộ nghèo của {u} giảm còn {f}%, phấn đấu đến năm {y} còn dưới {k}%.",
    "Đến nay toàn {u} có {k}/{k2} xã đạt chuẩn NTM, {k3} xã đạt NTM nâng cao, {k} xã kiểu mẫu.",
    "{u} được công nhận hoàn thành nhiệm vụ xây dựng NTM năm {y} (Quyết định {n}/QĐ-TTg).",
    "Tổng kinh phí {f} tỷ đồng, trong đó ngân sách {f2} tỷ, nhân dân đóng góp {f} triệu đồng và {k} ngày công.",
    "Có {k} sản phẩm OCOP đạt {s} sao; {k2} hợp tác xã với {k3} thành viên hoạt động hiệu quả.",
    "Thực hiện Nghị quyết số {n}-NQ/TU, Chỉ thị {n}/CT-TTg và Kế hoạch {n}/KH-UBND của {u}.",
]
NOISE = ["\x00", "\u200b", "\ufeff", "\u0301", "\u0323", "\r", "\t", "\n\n", "…", "–", "—", "½", "٣", "三", "𝟗",
         "\ufffd", "%", "/", ".", ",", "(", ")", "[", "]", "\"", "'", "&nbsp;", "<b>", "</p>", "\\", "\u202e"]


def number(rnd: random.Random) -> str:
    choice = rnd.random()
    if choice < 0.05:
        return "9" * rnd.randint(20, 400)
    if choice < 0.1:
        return rnd.choice(["0", "-1", "1e309", "NaN", "1.2.3,4", ",5", "05/", "1/0"])
    value = rnd.uniform(0, 10 ** rnd.randint(0, 6))
    text = f"{value:.{rnd.randint(0, 3)}f}"
    return text.replace(".", rnd.choice([",", ".", ""]))


def sentence(rnd: random.Random) -> str:
    frame = rnd.choice(FRAMES)
    return frame.format(
        u=rnd.choice(UNITS), y=rnd.choice([str(rnd.randint(1900, 2100)), "20", "2O25", "99999"]),
        n=rnd.randint(0, 99999), d=rnd.randint(0, 40), m=rnd.randint(0, 14), k=rnd.randint(0, 400),
        k2=rnd.randint(0, 400), k3=rnd.randint(0, 400), f=number(rnd), f2=number(rnd), s=rnd.randint(0, 9))


def mutate(text: str, rnd: random.Random) -> str:
    for _ in range(rnd.randint(0, 4)):
        op = rnd.randrange(9)
        pos = rnd.randint(0, len(text))
        if op == 0:
            text = text[:pos]
        elif op == 1:
            text = text[:pos] + rnd.choice(NOISE) * rnd.randint(1, 5) + text[pos:]
        elif op == 2:
            text = unicodedata.normalize(rnd.choice(["NFD", "NFKC", "NFKD"]), text)
        elif op == 3:
            text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        elif op == 4:
            text = text.upper() if rnd.random() < 0.5 else text.lower()
        elif op == 5:
            text = text[:pos] + "".join(chr(rnd.randint(1, 0x2FFFF)) for _ in range(rnd.randint(1, 20))) + text[pos:]
        elif op == 6:
            text = text[:pos] + sentence(rnd) + text[pos:]
        elif op == 7:
            text = text.replace(" ", rnd.choice(["", "  ", "\u00a0", "\n"]))
        else:
            text = text[:pos] + rnd.choice(["xã", "huyện", "tỉnh", "đạt", "tiêu chí", "NTM"]) * rnd.randint(1, 50)
    return "".join(c if not 0xD800 <= ord(c) < 0xE000 else "\ufffd" for c in text)


def generate(seed: int, index: int) -> str:
    rnd = random.Random(seed * 1_000_003 + index)
    if rnd.random() < 0.03:
        return "".join(chr(rnd.randint(0, 0x10FFFF)) for _ in range(rnd.randint(0, 200))).encode(
            "utf-8", "replace").decode("utf-8", "replace")
    text = " ".join(sentence(rnd) for _ in range(rnd.randint(1, 3)))
    return mutate(text, rnd)


def work(args) -> tuple[int, list]:
    seed, start, stop = args
    from nongthon import extraction

    crashes = []
    for index in range(start, stop):
        text = generate(seed, index)
        try:
            extraction.extract(text, f"fuzz-{index}")
        except Exception as err:  # a crash is any exception at all
            crashes.append((index, type(err).__name__, str(err)[:200], text[:300],
                            traceback.format_exc(limit=-2)[-600:]))
    return stop - start, crashes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=10, help="distinct crashes to print")
    args = parser.parse_args()
    chunk = 2000
    tasks = [(args.seed, start, min(start + chunk, args.count)) for start in range(0, args.count, chunk)]
    started = time.perf_counter()
    done, crashes = 0, []
    with mp.get_context("fork").Pool(args.workers) as pool:
        for count, found in pool.imap_unordered(work, tasks):
            done += count
            crashes += found
            if done % 100_000 < chunk:
                rate = done / (time.perf_counter() - started)
                print(f"{done:>9} inputs, {len(crashes)} crashes, {rate:,.0f}/s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    print(f"inputs: {done}  crashes: {len(crashes)}  seconds: {elapsed:.1f}  rate: {done / elapsed:,.0f}/s  "
          f"workers: {args.workers}  seed: {args.seed}")
    seen = set()
    for index, kind, message, text, trace in crashes:
        key = (kind, trace.strip().splitlines()[-3] if trace.strip() else message)
        if key in seen or len(seen) >= args.show:
            continue
        seen.add(key)
        print(f"\n--- crash at input {index}: {kind}: {message}\n{text!r}\n{trace}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
