"""Every error the library raises, in one place. Messages carry a number (E1xx pipeline,
E2xx input, E3xx store, E4xx knowledge base) so a user can search for them."""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error the library raises on purpose."""


class PipelineError(CommuniqueError):
    pass


class InputError(CommuniqueError):
    """Bad input: names the file (and line) it came from."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        # rebuilt from its parts when it crosses a process boundary (worker pools, Dask)
        return (type(self), (self.path, self.message, self.line))


class StoreError(CommuniqueError):
    pass


class KnowledgeBaseError(CommuniqueError):
    pass
