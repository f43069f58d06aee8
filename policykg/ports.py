"""The local TCP port a server of the project (Neo4j, the SPARQL endpoint) listens on."""

from __future__ import annotations

import socket

from policykg.errors import PolicyKGError

HOST = "127.0.0.1"


def free_port(port: int, host: str = HOST) -> int:
    """``port`` when it is free on ``host`` (0: any free port), else a one-line error saying what to do.

    >>> free_port(0) > 0
    True
    """
    if not 0 <= port <= 65535:
        raise PolicyKGError(f"not a TCP port: {port}")
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as a server binds
        try:
            sock.bind((host, port))
        except OSError:
            raise PolicyKGError(f"port {port} on {host} is in use (another server?): stop it, or pick another "
                                "port with --port N (--port 0 = any free port)") from None
        return sock.getsockname()[1]
