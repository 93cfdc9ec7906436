"""`nongthon review`: list the facts awaiting review, accept or reject them.

    nongthon review [--json] [--document DOC] [--type TYPE] [--status proposed|accepted|rejected|all]
    nongthon review accept ID [ID ...] [--unit KEY] [--set FIELD=VALUE ...] [--user NAME]
    nongthon review reject ID [ID ...] --note "..." [--user NAME]
"""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from nongthon.documents.choices import FactType
from nongthon.documents.consistency import tally_mismatches
from nongthon.documents.models import Fact
from nongthon.documents.operations import ReviewError, accept_fact, pending_facts, reject_fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.units.models import Unit


class Command(BaseCommand):
    help = "Liệt kê dữ kiện chờ duyệt; chấp nhận (accept) hoặc bác bỏ (reject) dữ kiện theo mã số."

    def add_arguments(self, parser):
        parser.add_argument("--json", dest="as_json", action="store_true", help="in danh sách dạng JSON")
        parser.add_argument("--document", help="chỉ dữ kiện của tài liệu này (mã tài liệu)")
        parser.add_argument("--type", choices=FactType.values, help="chỉ dữ kiện loại này")
        parser.add_argument("--status", choices=[*ReviewStatus.values, "all"], default=ReviewStatus.PROPOSED,
                            help="liệt kê dữ kiện ở trạng thái này (mặc định: chờ duyệt)")
        actions = parser.add_subparsers(dest="action", required=False)
        accept = actions.add_parser("accept", help="chấp nhận dữ kiện")
        accept.add_argument("ids", nargs="+", type=int, metavar="ID")
        accept.add_argument("--unit", help="khóa đơn vị (ví dụ 01978@2020-02-25) khi dữ kiện chưa xác định đơn vị")
        accept.add_argument("--set", dest="corrections", action="append", default=[], metavar="FIELD=VALUE",
                            help="sửa một trường của dữ kiện trước khi chấp nhận (giá trị JSON hoặc chữ), ví dụ year=2019")
        accept.add_argument("--user", help="tên đăng nhập của người duyệt")
        reject = actions.add_parser("reject", help="bác bỏ dữ kiện")
        reject.add_argument("ids", nargs="+", type=int, metavar="ID")
        reject.add_argument("--note", default="", help="lý do bác bỏ")
        reject.add_argument("--user", help="tên đăng nhập của người duyệt")

    def handle(self, *args, action=None, **options):
        if action == "accept":
            return self.accept(options["ids"], _user(options.get("user")), _unit(options.get("unit")),
                               _corrections(options.get("corrections") or []))
        if action == "reject":
            return self.reject(options["ids"], _user(options.get("user")), options.get("note") or "")
        return self.show_pending(options)

    def show_pending(self, options):
        status = options.get("status") or ReviewStatus.PROPOSED
        facts = pending_facts() if status == ReviewStatus.PROPOSED else _all_facts(status)
        if options.get("document"):
            facts = facts.filter(document__doc_id=options["document"])
        if options.get("type"):
            facts = facts.filter(type=options["type"])
        facts = list(facts)
        mismatches = tally_mismatches()
        if options["as_json"]:
            self.stdout.write(json.dumps({
                "facts": [fact_json(fact) for fact in facts],
                "mismatches": [{"fact": m.fact.pk, "parent": m.parent.key, "field": m.field, "stated": m.stated,
                                "known": m.known, "message": m.message} for m in mismatches],
            }, ensure_ascii=False, indent=2))
            return
        pending = status == ReviewStatus.PROPOSED
        if not facts:
            self.stdout.write("Không có dữ kiện nào chờ duyệt." if pending else "Không có dữ kiện nào.")
        for fact in facts:
            unit = fact.unit.key if fact.unit_id else "chưa xác định đơn vị"
            state = "" if pending else f" [{fact.get_status_display()}]"
            self.stdout.write(f"#{fact.pk}{state} [{fact.document.doc_id}] {fact.type}: {fact.summary} ({unit})")
            if fact.evidence:
                self.stdout.write(f"    « {fact.evidence} »")
            if fact.review_note:
                self.stdout.write(f"    ghi chú: {fact.review_note}")
        if facts:
            self.stdout.write(f"{len(facts)} dữ kiện chờ duyệt." if pending else f"{len(facts)} dữ kiện.")
        for mismatch in mismatches:
            self.stdout.write(f"Không khớp (dữ kiện #{mismatch.fact.pk}): {mismatch.message}")

    def accept(self, ids, user, unit, corrections):
        failed = []
        for fact in _facts(ids):
            try:
                row = accept_fact(fact, user=user, corrected_payload=corrections or None, unit=unit)
            except ReviewError as err:
                failed.append(str(err))
                self.stderr.write(str(err))
                continue
            self.stdout.write(f"Đã chấp nhận #{fact.pk}: {row._meta.verbose_name} «{row}».")
        if failed:
            raise CommandError(f"{len(failed)} dữ kiện chưa được chấp nhận.")

    def reject(self, ids, user, note):
        for fact in _facts(ids):
            reject_fact(fact, user=user, note=note)
            self.stdout.write(f"Đã bác bỏ #{fact.pk}.")


def _all_facts(status: str):
    facts = Fact.objects.select_related("document", "unit").order_by("document_id", "span_start", "id")
    return facts if status == "all" else facts.filter(status=status)


def fact_json(fact: Fact) -> dict:
    return {
        "id": fact.pk, "document": fact.document.doc_id, "type": fact.type, "payload": fact.payload,
        "summary": fact.summary, "evidence": fact.evidence, "span": [fact.span_start, fact.span_end],
        "unit_key": fact.unit.key if fact.unit_id else None, "confidence": fact.confidence,
        "status": fact.status, "review_note": fact.review_note,
    }


def _facts(ids) -> list[Fact]:
    found = {fact.pk: fact for fact in Fact.objects.filter(pk__in=ids)}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise CommandError(f"Không có dữ kiện mã số: {', '.join(missing)}.")
    return [found[i] for i in ids]


def _user(username):
    if not username:
        return None
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"Không có người dùng {username!r}.")
    return user


def _unit(key):
    if not key:
        return None
    unit = Unit.objects.filter(key=key).first()
    if unit is None:
        raise CommandError(f"Không có đơn vị khóa {key!r}.")
    return unit


def _corrections(items) -> dict:
    """`year=2019`, `modality=target`, `unit={"name": ...}`: JSON values, else the text itself."""
    corrections = {}
    for item in items:
        field, sep, raw = item.partition("=")
        if not sep or not field:
            raise CommandError(f"--set cần dạng TRƯỜNG=GIÁ_TRỊ, không phải {item!r}.")
        try:
            corrections[field] = json.loads(raw)
        except ValueError:
            corrections[field] = raw
    return corrections
