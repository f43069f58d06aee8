"""The one error class users can cause; the CLI catches it and prints one line."""


class PolicyKGError(Exception):
    """An error caused by input or environment, reported to users as one line.

    Programming errors are not wrapped in this class: they still raise.

    >>> str(PolicyKGError("empty file: a.txt"))
    'empty file: a.txt'
    """


class InputError(PolicyKGError):
    """A document could not be read or holds no usable text."""


class ServerError(PolicyKGError):
    """A server (Neo4j, Chromium) could not be reached or used."""
