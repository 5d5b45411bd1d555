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
