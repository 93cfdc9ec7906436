"""`nongthon ingest FILE_OR_DIR...`: store documents once and propose their facts for review."""

import json

from django.core.management.base import BaseCommand, CommandError

from nongthon.documents.operations import IngestError, ingest_paths


class Command(BaseCommand):
    help = ("Nạp tài liệu (mỗi nội dung chỉ lưu một lần), trích xuất dữ kiện và đề xuất chúng để duyệt. "
            "Tất cả hoặc không: một tệp lỗi thì không tệp nào được lưu.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="tệp hoặc thư mục")
        parser.add_argument("--reextract", action="store_true",
                            help="trích xuất lại tài liệu đã có (chỉ thêm dữ kiện mới, không đề xuất lại dữ kiện đã bác bỏ)")
        parser.add_argument("--json", dest="as_json", action="store_true", help="in kết quả dạng JSON")

    def handle(self, *args, paths, reextract, as_json, **options):
        try:
            summaries = ingest_paths(paths, reextract=reextract)
        except IngestError as err:
            raise CommandError(str(err)) from err
        if as_json:
            self.stdout.write(json.dumps([{
                "document": s.document.doc_id, "document_id": s.document.pk, "new_document": s.new_document,
                "proposed": s.proposed, "already_known": s.already_known,
                "skipped_rejected": s.skipped_rejected, "unresolved": s.unresolved,
            } for s in summaries], ensure_ascii=False, indent=2))
            return
        for summary in summaries:
            self.stdout.write(summary.line())
        new = sum(1 for s in summaries if s.new_document)
        proposed = sum(s.proposed for s in summaries)
        self.stdout.write(f"Tổng: {len(summaries)} tài liệu ({new} mới), {proposed} dữ kiện mới đề xuất chờ duyệt.")

