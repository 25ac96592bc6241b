"""The Letters page's reading: the kinds' availability, the customer's language and the archive,
in a worker thread; a refresh asked for while one runs follows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from l4d_desktop.core.letters.service import ArchivedLetter, KindChoice
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background

if TYPE_CHECKING:
    from l4d_desktop.core.actor import Actor
    from l4d_desktop.core.services import Services
    from l4d_desktop.ui.letters.archive import LetterArchive
    from l4d_desktop.ui.letters.chooser import LetterChooser


@dataclass(frozen=True)
class Loaded:
    choices: tuple[KindChoice, ...]
    language: str
    letters: tuple[ArchivedLetter, ...]


class LettersLoading:
    """Mixin for the Letters page (LettersPage), which sets the attributes below."""

    if TYPE_CHECKING:
        _services: Services
        _actor: Actor
        request_id: int
        chooser: LetterChooser
        archive: LetterArchive
        load_job: BackgroundJob | None
        _again: bool
        _select_next: int | None
        _load_error: str

        def _update(self) -> None: ...

    @property
    def loading(self) -> bool:
        return is_busy(self.load_job)

    def show_request(self, request_type: str) -> None:
        """The request window read the request (again): its type chooses the letter offered
        first, and what can be written may have changed."""
        self.chooser.request_type = request_type
        self.refresh()

    def refresh(self) -> None:
        """Read the kinds' availability, the customer's language and the archive again."""
        if self.loading:
            self._again = True
            return
        letters, actor, request_id = self._services.letters, self._actor, self.request_id

        def work(_job: BackgroundJob) -> Loaded:
            return Loaded(
                choices=letters.choices(actor, request_id),
                language=letters.default_language(actor, request_id),
                letters=letters.archive(actor, request_id),
            )

        self.load_job = run_in_background(work, self._loaded, self._load_failed, owner=self)
        self._update()

    def _loaded(self, loaded: Loaded) -> None:
        self._load_error = ""
        self.chooser.show_choices(loaded.choices, loaded.language)
        self.archive.show_letters(loaded.letters, self._select_next)
        self._select_next = None
        self._after_load()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_error = failure_text(exc)
        self._after_load()

    def _after_load(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self._update()
