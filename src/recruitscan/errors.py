"""Exceptions and their user-facing messages, in one place."""

from __future__ import annotations


class RecruitscanError(Exception):
    """Base class for every error recruitscan raises on purpose."""


class InputError(RecruitscanError, ValueError):
    """The input cannot be read: wrong type, missing column, unreadable file."""


class ModelError(RecruitscanError):
    """A model directory is missing, incomplete, tampered with or untrusted."""


class UntrustedModelError(ModelError):
    """Loading would execute code from a file nobody vouched for."""


class IntegrityError(ModelError):
    """A model file does not match the SHA-256 recorded in its manifest."""


class DataError(RecruitscanError, ValueError):
    """A dataset file breaks the schema; the message names the line."""


class MissingDataError(RecruitscanError, FileNotFoundError):
    """An external data file is not on this machine. ``option`` is what points at the data
    folder where the caller is: ``root=`` in Python, ``--shared-data`` on the command line."""

    def __init__(self, path: str, option: str = "root=") -> None:
        super().__init__(f"external data file {path} not found; pass {option} or set "
                         "RECRUITSCAN_SHARED_DATA")
        self.path, self.option = path, option

    def __reduce__(self) -> tuple[type[MissingDataError], tuple[str, str]]:
        return type(self), (self.path, self.option)  # pickled, not a message built twice
