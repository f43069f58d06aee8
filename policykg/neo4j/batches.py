"""Write transactions of ``UNWIND $rows`` batches, committed by one or more sessions while the next ones are built.

:func:`pipelined` is how :mod:`policykg.neo4j.writer` writes: the calling thread
builds batches (Python) and hands them to ``workers`` sessions through a short
queue, so the server commits one batch while the client builds the next.  On a
machine with two cores, client and server then run side by side instead of in
turn.  :func:`transactions` groups ready ``(statement, rows)`` pieces into
batches of a given size.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator

#: A transaction: ``(statement, rows)`` pieces run one after the other in one write transaction.
Group = list[tuple[str, list]]


def writer_session(driver, database: str):
    """A session for loading: without the server's notifications (a fresh database warns that the
    property keys a look-up names do not exist yet)."""
    return driver.session(database=database, notifications_min_severity="OFF")


def transactions(pieces: list[tuple[str, list]], size: int) -> Iterator[Group]:
    """Group ``(statement, rows)`` pieces into transactions of at most ``size`` rows in all.

    >>> [[(s, len(r)) for s, r in tx] for tx in transactions([("A", [1, 2, 3]), ("B", [4])], 2)]
    [[('A', 2)], [('A', 1), ('B', 1)]]
    """
    size, group, used = max(1, size), [], 0
    for statement, rows in pieces:
        for i in range(0, len(rows), size):
            chunk = rows[i: i + size]
            take = chunk[: size - used]
            group.append((statement, take))
            used += len(take)
            if used == size:
                yield group
                group, used = [], 0
            rest = chunk[len(take):]
            if rest:
                group, used = [(statement, rest)], len(rest)
    if group:
        yield group


def batched(rows: Iterable[tuple[str, dict]], size: int) -> Iterator[Group]:
    """Transactions of at most ``size`` rows from ``(statement, row)`` pairs, built as they are consumed;
    rows of each statement stay in their order.

    >>> [[(s, len(r)) for s, r in tx] for tx in batched([("A", 1), ("B", 2), ("A", 3), ("A", 4)], 2)]
    [[('A', 2)], [('B', 1)], [('A', 1)]]
    """
    size, open_ = max(1, size), {}
    for statement, row in rows:
        batch = open_.setdefault(statement, [])
        batch.append(row)
        if len(batch) == size:
            yield [(statement, open_.pop(statement))]
    for statement, batch in open_.items():
        yield [(statement, batch)]


def commit(session, groups: Iterable[Group], committed: Callable[[int], None], sink: dict | None = None) -> None:
    """Each group in one write transaction; ``committed(rows)`` after each.

    Records a statement returns (``uri``, ``id``) go into ``sink`` once their transaction commits.
    """
    def work(tx, group):
        found = {}
        for statement, rows in group:
            result = tx.run(statement, rows=rows)
            found.update((r["uri"], r["id"]) for r in result) if sink is not None else result.consume()
        return found

    for group in groups:
        found = session.execute_write(work, group)
        if sink is not None:
            sink.update(found)
        committed(sum(len(rows) for _, rows in group))


def pipelined(driver, database: str, groups: Iterable[Group], workers: int, committed: Callable[[int], None],
              sink: dict | None = None) -> int:
    """Commit the transactions ``groups`` yields over ``workers`` sessions while this thread builds the next.

    Neo4j runs concurrent transactions on several cores; two transactions that lock the same node are
    retried by ``execute_write`` (deadlocks are transient errors).  At most ``workers + 1`` built
    transactions wait in the queue.  The first error of a session stops the building and is raised
    once every session has stopped.  Returns the rows handed over.
    """
    workers = max(1, workers)
    waiting: queue.Queue = queue.Queue(maxsize=workers + 1)
    failed: list[BaseException] = []

    def run() -> None:
        ended = False
        try:
            with writer_session(driver, database) as session:
                while (group := waiting.get()) is not None:
                    commit(session, [group], committed, sink)
                ended = True
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread, raised there
            failed.append(exc)
            while not ended and waiting.get() is not None:  # keep the builder from blocking on a full queue
                pass

    threads = [threading.Thread(target=run, name=f"policykg-load-{i}", daemon=True) for i in range(workers)]
    for thread in threads:
        thread.start()
    rows = 0
    try:
        for group in groups:
            if failed:
                break
            waiting.put(group)
            rows += sum(len(r) for _, r in group)
    finally:
        for _ in threads:
            waiting.put(None)
        for thread in threads:
            thread.join()
    if failed:
        raise failed[0]
    return rows


def counter(done: dict | None, key: str, tick: Callable[[int], None] | None,
            checkpoint: Callable[[dict, str, int], None]) -> Callable[[int], None]:
    """``committed(rows)``: adds to ``done[key]`` (thread-safe), tells ``tick`` the total, then calls
    ``checkpoint(done, key, total)``."""
    lock = threading.Lock()

    def committed(rows: int) -> None:
        if done is None:
            return
        with lock:
            done[key] = done.get(key, 0) + rows
            total = done[key]
            if tick:
                tick(total)
        checkpoint(done, key, total)

    return committed


__all__ = ["pipelined", "transactions", "batched", "commit", "counter", "writer_session"]
