"""`nongthon backup` writes one archive of the rows and the attached files; `nongthon restore` brings both back.

A damaged archive (cut short, a file altered, a path leaving media/, a member not in the manifest) is
refused with a sentence naming it, and neither the database nor MEDIA_ROOT is touched.
"""

import gzip
import hashlib
import io
import json
import tarfile
from decimal import Decimal
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError

from nongthon.accounts.models import Membership
from nongthon.dossiers import operations as dossiers
from nongthon.dossiers.models import Dossier, DossierDocument, DossierStep
from nongthon.monitoring.choices import SourceKind
from nongthon.monitoring.models import Indicator, Observation
from nongthon.units.models import Unit

pytestmark = pytest.mark.django_db


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _snapshot(media: Path):
    return {
        "units": sorted(Unit.objects.values_list("key", "name", "parent__key")),
        "memberships": sorted(Membership.objects.values_list("user__username", "role", "unit__key")),
        "observations": sorted((k, str(Decimal(v).normalize())) for k, v in
                               Observation.objects.values_list("unit__key", "value")),
        "dossiers": sorted(Dossier.objects.values_list("unit__key", "year", "state")),
        "papers": sorted(DossierDocument.objects.values_list("kind", "file")),
        "steps": DossierStep.objects.count(),
        "audit": LogEntry.objects.count(),
        "media": _files(media),
    }


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    # A restore empties the database, so content types are created again with new ids, and the test's
    # rollback brings the old ones back: the process-wide cache must not keep either for later tests.
    ContentType.objects.clear_cache()


@pytest.fixture
def filled(people, places, media):
    from tests.db.dossiers.papers import attach_papers

    indicator, _ = Indicator.objects.get_or_create(key="ty_le_ho_ngheo_thu", defaults={"name": "Tỷ lệ hộ nghèo", "measure": "percent"})
    Observation.objects.create(unit=places.nhat_tien, indicator=indicator,
                               year=2019, value=Decimal("3.25"), source_kind=SourceKind.IMPORT,
                               source_file="a.xlsx", source_row=2)
    dossier = dossiers.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier, "submit")
    dossiers.submit(people.commune_officer, dossier)
    (media / "ghi-chu").mkdir()
    (media / "ghi-chu" / "Biên bản họp thôn.txt").write_bytes("Thôn Nà Lay, 12/3/2024".encode())
    assert DossierDocument.objects.exists()
    return dossier


@pytest.mark.parametrize("name", ["sao-luu.tar.gz", "sao-luu.tar"])
def test_a_backup_restores_the_same_rows_and_the_same_attached_files(filled, media, tmp_path, name):
    before = _snapshot(media)
    assert len(before["media"]) == len(before["papers"]) + 1
    target = tmp_path / name
    call_command("backup", str(target))
    Observation.objects.all().delete()
    Dossier.objects.all().delete()
    for path in media.rglob("*.pdf"):
        path.unlink()
    (media / "ghi-chu" / "Biên bản họp thôn.txt").write_text("sửa sau khi sao lưu")
    (media / "tep-moi.pdf").write_bytes(b"%PDF-1.4 sau\n")
    call_command("restore", str(target), "--yes")
    assert _snapshot(media) == before
    paper = DossierDocument.objects.first()
    with paper.file.open("rb") as stream:
        assert stream.read().startswith(b"%PDF")
    assert [p.name for p in media.iterdir() if p.name.startswith(".restore-")] == []


def test_the_archive_lists_every_file_with_its_checksum(filled, media, tmp_path):
    target = tmp_path / "sao-luu.tar.gz"
    call_command("backup", str(target))
    with tarfile.open(target) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        names = {m.name for m in archive.getmembers()} - {"manifest.json"}
        assert set(manifest["files"]) == names
        assert {f"media/{name}" for name in _files(media)} == names - {"database.json"}
        for name in names:
            data = archive.extractfile(name).read()
            assert manifest["files"][name] == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _rewrite(source: Path, target: Path, change) -> None:
    """Copy the archive member by member; `change(name, data)` returns new bytes, or None to drop the member."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = change(member.name, old.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


def _altered_paper(name, data):
    return data + b"x" if name.endswith(".pdf") else data


def _altered_rows(name, data):
    return data.replace(b"3.25", b"9.25") if name == "database.json" else data


def _dropped_paper(name, data):
    return None if name.endswith(".pdf") else data



def _manifest_changed(name, data):
    if name != "manifest.json":
        return data
    manifest = json.loads(data)
    manifest["files"].pop(next(n for n in manifest["files"] if n.endswith(".pdf")))
    return json.dumps(manifest).encode()


@pytest.mark.parametrize(("change", "message"), [
    (_altered_paper, "không khớp mã kiểm tra SHA-256"),
    (_altered_rows, "database.json không khớp mã kiểm tra SHA-256"),
    (_dropped_paper, "thiếu thành phần media/dossiers/"),
    (_manifest_changed, "không có trong manifest.json"),
])
def test_a_damaged_archive_is_refused_and_nothing_is_touched(filled, media, tmp_path, change, message):
    good, bad = tmp_path / "tot.tar.gz", tmp_path / "hong.tar.gz"
    call_command("backup", str(good))
    _rewrite(good, bad, change)
    Observation.objects.all().delete()
    (media / "tep-moi.pdf").write_bytes(b"%PDF-1.4 sau\n")
    before = _snapshot(media)
    with pytest.raises(CommandError, match=rf"hong\.tar\.gz: .*{message}"):
        call_command("restore", str(bad), "--yes")
    assert _snapshot(media) == before


def test_an_archive_cut_short_is_refused_and_nothing_is_touched(filled, media, tmp_path):
    good, bad = tmp_path / "tot.tar.gz", tmp_path / "cat-cut.tar.gz"
    call_command("backup", str(good))
    data = gzip.decompress(good.read_bytes())
    bad.write_bytes(gzip.compress(data[: len(data) // 2]))
    Observation.objects.all().delete()
    before = _snapshot(media)
    with pytest.raises(CommandError, match=r"cat-cut\.tar\.gz: .*(hỏng|cắt cụt|thiếu)"):
        call_command("restore", str(bad), "--yes")
    assert _snapshot(media) == before


def test_a_path_leaving_the_media_folder_is_refused(filled, media, tmp_path):
    good, bad = tmp_path / "tot.tar.gz", tmp_path / "thoat.tar.gz"
    call_command("backup", str(good))
    with tarfile.open(good) as old, tarfile.open(bad, "w:gz") as new:
        for member in old.getmembers():
            data = old.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["files"]["media/../../ngoai.txt"] = {"size": 2, "sha256": hashlib.sha256(b"hi").hexdigest()}
                data = json.dumps(manifest).encode()
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
        evil = tarfile.TarInfo("media/../../ngoai.txt")
        evil.size = 2
        new.addfile(evil, io.BytesIO(b"hi"))
    before = _snapshot(media)
    with pytest.raises(CommandError, match=r"thoat\.tar\.gz: đường dẫn 'media/\.\./\.\./ngoai\.txt' nằm ngoài"):
        call_command("restore", str(bad), "--yes")
    assert _snapshot(media) == before
    assert not (tmp_path / "ngoai.txt").exists()


def test_a_backup_of_rows_alone_from_earlier_versions_still_restores(filled, media, tmp_path):
    old = tmp_path / "cu.json.gz"
    with gzip.open(old, "wt", encoding="utf-8") as stream:
        call_command("dumpdata", exclude=["contenttypes", "auth.permission", "sessions", "admin.logentry",
                                          "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog"],
                     natural_foreign=True, stdout=stream)
    before = _snapshot(media)
    Observation.objects.all().delete()
    call_command("restore", str(old), "--yes")
    assert _snapshot(media) == before


def test_a_broken_backup_is_refused_and_the_database_kept(places, tmp_path):
    broken = tmp_path / "hong.json"
    broken.write_text('[{"model": "units.unit", "pk": 1, "fields": {', encoding="utf-8")
    count = Unit.objects.count()
    with pytest.raises(CommandError, match="hong.json"):
        call_command("restore", str(broken), "--yes")
    assert Unit.objects.count() == count


def test_a_backup_named_as_rows_alone_is_refused_before_writing(places, media, tmp_path):
    with pytest.raises(CommandError, match=r"sao-luu\.json\.gz: .*\.tar\.gz"):
        call_command("backup", str(tmp_path / "sao-luu.json.gz"))
    assert list(tmp_path.glob("*sao-luu*")) == []
