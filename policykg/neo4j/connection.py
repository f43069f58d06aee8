"""Connecting to Neo4j: settings from options or ``NEO4J_*`` variables, one-line errors.

:func:`open_driver` returns a driver that has already answered on the chosen
database, so a wrong URI, a stopped server, bad credentials or an unknown
database fail at once as one :class:`~policykg.errors.ServerError` line naming
the URI and what to check (never the password).  ``bolt://``, ``neo4j://`` and
``neo4j+s://`` URIs all work; the database is chosen per session.

>>> Settings("neo4j://user:secret@db.example:7687").where
'neo4j://db.example:7687'
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from policykg.errors import PolicyKGError, ServerError

#: ``policykg neo4j serve``'s address and password, so serve → load → query needs no settings.
DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_PASSWORD = "policykg-test"


@dataclass(frozen=True)
class Settings:
    """Where to connect; :meth:`from_env` fills gaps from ``NEO4J_*`` variables."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str = "neo4j"

    @classmethod
    def from_env(cls, uri=None, user=None, password=None, database=None) -> Settings:
        """Explicit values first, then ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``,
        then the defaults of ``policykg neo4j serve``."""
        env = os.environ
        if password is None:
            password = env.get("NEO4J_PASSWORD", DEFAULT_PASSWORD)
        return cls(uri or env.get("NEO4J_URI") or DEFAULT_URI, user or env.get("NEO4J_USER") or "neo4j",
                   password, database or env.get("NEO4J_DATABASE") or "neo4j")

    @property
    def where(self) -> str:
        """The URI without any user-info part, for messages."""
        parts = urlsplit(self.uri)
        host = parts.netloc.rpartition("@")[2]
        return f"{parts.scheme}://{host}" if parts.scheme else self.uri


def open_driver(settings: Settings):
    """A :mod:`neo4j` driver that has answered ``RETURN 1`` on the database (caller closes it).

    Connection problems become one-line :class:`ServerError`; routing URIs
    (``neo4j://``, ``neo4j+s://``) work like ``bolt://``.
    """
    # the driver, imported on use: CLI start-up stays fast
    import neo4j

    auth = (settings.user, settings.password) if settings.password else None
    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=auth)
    except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
        raise PolicyKGError(f"bad Neo4j URI {settings.where!r}: {exc} (use bolt://, neo4j:// or neo4j+s://)") from None
    try:
        with translate_errors(settings), driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()  # auto-commit: fails at once, no retries
    except BaseException:
        driver.close()
        raise
    return driver


@contextlib.contextmanager
def connect(settings: Settings) -> Iterator:
    """:func:`open_driver` as a context manager that closes the driver."""
    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


@contextlib.contextmanager
def translate_errors(settings: Settings) -> Iterator[None]:
    """Turn driver exceptions about reachability, credentials and databases into :class:`ServerError`."""
    # the driver, imported on use: CLI start-up stays fast
    from neo4j import exceptions as ne

    where = settings.where
    try:
        yield
    except ne.AuthError:
        raise ServerError(f"Neo4j at {where} refused user {settings.user!r}: check --user/--password "
                          "(NEO4J_USER/NEO4J_PASSWORD)") from None
    except (ne.ServiceUnavailable, ne.SessionExpired, OSError) as exc:
        raise ServerError(f"cannot reach Neo4j at {where}: is the server running? check --uri (NEO4J_URI)"
                          f" [{type(exc).__name__}]") from None
    except ne.ClientError as exc:
        if "DatabaseNotFound" in (exc.code or ""):
            raise ServerError(f"Neo4j at {where} has no database {settings.database!r}: check --database "
                              "(NEO4J_DATABASE)") from None
        if "Security" in (exc.code or ""):
            raise ServerError(f"Neo4j at {where} denied access ({exc.code}): check --user/--password") from None
        raise


__all__ = ["Settings", "open_driver", "connect", "translate_errors", "DEFAULT_URI", "DEFAULT_PASSWORD"]
