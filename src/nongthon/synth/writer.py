"""Writing synthetic rows in batches, each monitoring row labelled as a synthetic import."""

from __future__ import annotations

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.rollups.bulk import RowInserter

BATCH = 20000


class LabelledWriter:
    """Labelled rows in batches: every sourced row is an import row of the synthetic label."""

    def __init__(self, label: str, log):
        self.label = label
        self.log = log
        self.inserters: dict[type, RowInserter] = {}
        self.counts: dict[str, int] = {}
        self.row_no = 0

    def _inserter(self, model) -> RowInserter:
        found = self.inserters.get(model)
        if found is None:
            found = self.inserters[model] = RowInserter(model)
        return found

    def add(self, model, **fields) -> None:
        self.row_no += 1
        ins = self._inserter(model)
        ins.add(source_kind=SourceKind.IMPORT, source_file=self.label, source_row=self.row_no,
                status=fields.pop("status", ReviewStatus.ACCEPTED), **fields)
        if len(ins.pending) >= BATCH:
            self._count(model, ins.flush())

    def plain(self, model, **fields) -> None:
        """A row that is not a monitoring row (documents, facts): labelled by its own fields."""
        self._inserter(model).add(**fields)

    def flush(self, model=None) -> None:
        for m in [model] if model else list(self.inserters):
            self._count(m, self.inserters[m].flush())

    def _count(self, model, n: int) -> None:
        name = f"{model._meta.app_label}.{model.__name__}"
        self.counts[name] = self.counts.get(name, 0) + n
