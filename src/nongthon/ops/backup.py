"""Backup and restore: one archive holding the database's rows and the files under MEDIA_ROOT.

The archive is a tar file (gzip-compressed unless its name ends in `.tar`) with:
- `manifest.json` — format, time, and for every other member its size and SHA-256;
- `database.json` — every app's rows through Django's serializers (natural keys for content types
  and permissions, which `migrate` recreates), so one archive moves between SQLite and PostgreSQL;
- `media/<path>` — each regular file under MEDIA_ROOT (dossier attachments), by its relative path.

`dump(path)` writes the archive beside its final name and renames it when complete, so a failed
backup leaves no half file. `load(path)` checks the whole archive first — every member listed, no
member unlisted, no path leaving `media/`, sizes and checksums equal, the rows readable — and
refuses a damaged one with a `BackupError` naming the archive and the member, before touching
anything. It then unpacks the files into a staging folder inside MEDIA_ROOT, empties the database
and loads the rows in one transaction, and only then swaps the staged files in; if the load fails
the database and MEDIA_ROOT are left as they were. Sessions and login attempts are not kept.

A backup made by earlier versions (a `.json` or `.json.gz` file of rows alone) still restores;
MEDIA_ROOT is then left untouched.

tarfile and hashlib from the standard library do the work; the checks are hand-written because
tarfile checks neither checksums nor the set of members.
"""

from __future__ import annotations

import contextlib
import datetime
import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import uuid
import zlib
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry",
            "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog"]

FORMAT = "nongthon-backup/2"
MANIFEST = "manifest.json"
DATABASE = "database.json"
MEDIA = "media"
#: Folders `load` creates inside MEDIA_ROOT while it swaps files; never backed up.
_WORK_PREFIX = ".restore-"
_CHUNK = 1 << 20


class BackupError(Exception):
    """A backup cannot be written or read; the message names the file (and the member)."""


# --- writing ---------------------------------------------------------------------------------------


def dump(path) -> dict:
    """Write the archive to `path`; returns its manifest."""
    path = Path(path)
    if path.name.endswith((".json", ".json.gz")):
        raise BackupError(f"{path}: bản sao lưu là một tệp lưu trữ gồm cơ sở dữ liệu và các tệp đính kèm; "
                          f"hãy đặt tên kết thúc bằng .tar.gz (hoặc .tar).")
    mode = "w" if path.name.endswith(".tar") else "w:gz"
    media_root = Path(settings.MEDIA_ROOT)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            rows = Path(scratch) / DATABASE
            with open(rows, "w", encoding="utf-8") as stream:
                call_command("dumpdata", exclude=EXCLUDED, natural_foreign=True, natural_primary=False,
                             indent=None, stdout=stream)
            files = {}
            with tarfile.open(partial, mode) as archive:
                files[DATABASE] = _add(archive, rows, DATABASE)
                for source, relative in _media_files(media_root):
                    name = f"{MEDIA}/{relative}"
                    files[name] = _add(archive, source, name)
                manifest = {"format": FORMAT, "created": datetime.datetime.now(datetime.UTC).isoformat(),
                            "files": files}
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime = len(data), int(datetime.datetime.now().timestamp())
                archive.addfile(info, io.BytesIO(data))
        os.replace(partial, path)
    except OSError as err:
        raise BackupError(f"{path}: không ghi được bản sao lưu ({err}).") from err
    finally:
        partial.unlink(missing_ok=True)
    return manifest


class _Hashing(io.RawIOBase):
    """A file read through SHA-256, so a member's checksum is of the very bytes put in the archive."""

    def __init__(self, stream):
        self.stream, self.sha, self.size = stream, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(len(buffer))
        self.sha.update(data)
        self.size += len(data)
        buffer[:len(data)] = data
        return len(data)


def _add(archive: tarfile.TarFile, source: Path, name: str) -> dict:
    info = archive.gettarinfo(str(source), arcname=name)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    with open(source, "rb") as stream:
        reader = _Hashing(stream)
        archive.addfile(info, reader)
    if reader.size != info.size:
        raise BackupError(f"{source}: tệp đổi kích thước trong khi sao lưu; hãy sao lưu lại.")
    return {"size": reader.size, "sha256": reader.sha.hexdigest()}


def _media_files(root: Path):
    """(path, relative POSIX path) of every regular file under `root`; links and work folders are skipped."""
    if not root.is_dir():
        return
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(_WORK_PREFIX))
        for name in sorted(names):
            source = Path(folder) / name
            if source.is_file() and not source.is_symlink():
                yield source, source.relative_to(root).as_posix()


# --- reading ---------------------------------------------------------------------------------------


def load(path) -> int:
    """Replace the database's rows and MEDIA_ROOT's files with the archive's; returns the rows loaded."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: không có tệp sao lưu này.")
    try:
        is_archive = tarfile.is_tarfile(path)
    except (OSError, EOFError, zlib.error):
        is_archive = False
    if not is_archive:
        if path.name.endswith((".tar", ".tar.gz", ".tgz")):
            raise BackupError(f"{path}: tệp lưu trữ bị hỏng hoặc bị cắt cụt; không khôi phục.")
        return _load_rows_only(path)
    with tempfile.TemporaryDirectory() as scratch:
        rows = Path(scratch) / DATABASE
        media, count = _check_archive(path, rows)
        _replace(path, rows, media)
        return count


def _check_archive(path: Path, rows: Path) -> tuple[list[tuple[str, dict]], int]:
    """Verify the archive end to end and write its rows to `rows`; returns the media members and the row count."""
    try:
        with tarfile.open(path, "r:*") as archive:
            members = archive.getmembers()
            by_name = {}
            for member in members:
                _check_member(path, member)
                if member.name in by_name:
                    raise BackupError(f"{path}: thành phần {member.name} xuất hiện hai lần.")
                by_name[member.name] = member
            if MANIFEST not in by_name:
                raise BackupError(f"{path}: thiếu {MANIFEST}; đây không phải bản sao lưu của nongthon.")
            manifest = _read_manifest(path, archive.extractfile(by_name[MANIFEST]).read())
            listed, present = set(manifest["files"]), set(by_name) - {MANIFEST}
            if listed - present:
                raise BackupError(f"{path}: thiếu thành phần {sorted(listed - present)[0]} có trong {MANIFEST}.")
            if present - listed:
                raise BackupError(f"{path}: thành phần {sorted(present - listed)[0]} không có trong {MANIFEST}.")
            if DATABASE not in listed:
                raise BackupError(f"{path}: thiếu {DATABASE}.")
            for name in sorted(listed):
                target = rows if name == DATABASE else None
                _verify(path, archive, by_name[name], manifest["files"][name], target)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as err:
        raise BackupError(f"{path}: tệp lưu trữ bị hỏng hoặc bị cắt cụt ({err}).") from err
    count = _check_rows(path, rows, DATABASE)
    return [(name, manifest["files"][name]) for name in sorted(listed) if name != DATABASE], count


def _check_member(path: Path, member: tarfile.TarInfo) -> None:
    name = PurePosixPath(member.name)
    if not member.isfile():
        raise BackupError(f"{path}: thành phần {member.name} không phải tệp thường; không khôi phục.")
    if member.name in (MANIFEST, DATABASE):
        return
    if name.is_absolute() or ".." in name.parts or name.parts[0] != MEDIA or len(name.parts) < 2 \
            or "\\" in member.name or any(p.startswith(_WORK_PREFIX) for p in name.parts):
        raise BackupError(f"{path}: đường dẫn {member.name!r} nằm ngoài thư mục {MEDIA}/; không khôi phục.")


def _read_manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BackupError(f"{path}: {MANIFEST} không đọc được ({err}).") from err
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise BackupError(f"{path}: {MANIFEST} không đúng định dạng {FORMAT}.")
    for name, entry in manifest["files"].items():
        if not (isinstance(entry, dict) and isinstance(entry.get("size"), int)
                and isinstance(entry.get("sha256"), str) and len(entry["sha256"]) == 64):
            raise BackupError(f"{path}: {MANIFEST}: mục {name} thiếu kích thước hoặc mã kiểm tra SHA-256.")
    return manifest


def _verify(path: Path, archive: tarfile.TarFile, member: tarfile.TarInfo, entry: dict, target: Path | None) -> None:
    """Read a member through, comparing size and SHA-256 with the manifest; copy it to `target` if given."""
    sha, size = hashlib.sha256(), 0
    with archive.extractfile(member) as stream, (open(target, "wb") if target else contextlib.nullcontext()) as out:
        while chunk := stream.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
            if out is not None:
                out.write(chunk)
    if size != entry["size"] or sha.hexdigest() != entry["sha256"]:
        raise BackupError(f"{path}: thành phần {member.name} không khớp mã kiểm tra SHA-256 "
                          f"(kích thước {size}, cần {entry['size']}); bản sao lưu bị hỏng, không khôi phục.")


def _check_rows(path: Path, rows: Path, label: str) -> int:
    """Parse the rows once, so a broken file is refused before the database is emptied."""
    from django.core import serializers

    try:
        text = rows.read_text(encoding="utf-8")
        count = sum(1 for _ in serializers.deserialize("json", io.StringIO(text), handle_forward_references=True))
    except Exception as err:  # DeserializationError and the JSON and decoding errors it wraps
        raise BackupError(f"{path}: {label} không phải dữ liệu hợp lệ ({err}).") from err
    return count


def _replace(path: Path, rows: Path, media: list[tuple[str, dict]]) -> None:
    """Stage the files, load the rows, then swap the files in; on any failure nothing has changed."""
    from auditlog.context import disable_auditlog

    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    work = uuid.uuid4().hex[:8]
    staging, previous = media_root / f"{_WORK_PREFIX}new-{work}", media_root / f"{_WORK_PREFIX}old-{work}"
    swapped = False
    try:
        _unpack(path, media, staging)
        with transaction.atomic(), disable_auditlog():
            # PostgreSQL refuses TRUNCATE while deferred foreign-key checks of this transaction are pending.
            connection.check_constraints()
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(rows), verbosity=0)
            _swap(media_root, staging, previous)
            swapped = True  # the commit, on leaving the block, may still fail
    except BackupError:
        raise
    except Exception as err:
        if swapped:
            _swap(media_root, previous, staging)
        raise BackupError(f"{path}: khôi phục thất bại, dữ liệu và tệp đính kèm giữ nguyên ({err}).") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(previous, ignore_errors=True)
        _forget_content_types()


def _forget_content_types() -> None:
    """`flush` creates the content types again, with new ids: the process's cache of them is stale."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def _unpack(path: Path, media: list[tuple[str, dict]], staging: Path) -> None:
    """Write the media members under `staging`, checking each checksum again as it is written."""
    staging.mkdir()
    with tarfile.open(path, "r:*") as archive:
        for name, entry in media:
            target = staging.joinpath(*PurePosixPath(name).parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            _verify(path, archive, archive.getmember(name), entry, target)


def _swap(media_root: Path, incoming: Path, outgoing: Path) -> None:
    """Move MEDIA_ROOT's entries into `outgoing`, then `incoming`'s into MEDIA_ROOT: renames within one
    disk. A failed rename puts back every entry already moved, then raises."""
    outgoing.mkdir(exist_ok=True)
    moved = []
    try:
        for entry in sorted(media_root.iterdir()):
            if not entry.name.startswith(_WORK_PREFIX):
                entry.rename(outgoing / entry.name)
                moved.append((outgoing / entry.name, entry))
        for entry in sorted(incoming.iterdir()):
            entry.rename(media_root / entry.name)
            moved.append((media_root / entry.name, entry))
    except OSError:
        for now, before in reversed(moved):
            now.rename(before)
        raise


def _load_rows_only(path: Path) -> int:
    """A backup of earlier versions: the rows alone, as JSON (gzip when the name ends in .gz)."""
    from auditlog.context import disable_auditlog

    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as stream:
                text = stream.read()
        else:
            text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as err:
        raise BackupError(f"{path}: không đọc được bản sao lưu ({err}).") from err
    with tempfile.TemporaryDirectory() as scratch:
        rows = Path(scratch) / DATABASE
        rows.write_text(text, encoding="utf-8")
        count = _check_rows(path, rows, path.name)
        try:
            with transaction.atomic(), disable_auditlog():
                connection.check_constraints()
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(rows), verbosity=0)
        finally:
            _forget_content_types()
    return count
