"""Node positions for the HTML views, computed before the page is written.

The browser then only draws: physics stays off, so a 5,000-node page is
interactive at once.  The force layout is Fruchterman–Reingold in numpy
(exact repulsion for small components, a fresh random sample of repellers per
step for large ones), one component at a time, components packed in rows.
networkx's own ``spring_layout`` needs SciPy from 500 nodes, hence this.

>>> pos = spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos)
['a', 'b', 'c']
>>> pos["a"] != pos["c"]
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

#: Units between linked nodes in vis-network coordinates.
EDGE_LENGTH = 110.0
#: Components up to this size get exact O(n²) repulsion.
EXACT_LIMIT = 1200
#: Repellers sampled per step above :data:`EXACT_LIMIT`.
SAMPLE = 320


def spring_positions(node_ids: Sequence[str], edges: Iterable[tuple[str, str]],
                     pinned: dict[str, tuple[float, float]] | None = None,
                     seed: int = 7, gravity: float = 0.01) -> dict[str, tuple[float, float]]:
    """Lay out ``node_ids`` linked by ``edges``; ``pinned`` nodes stay where given.

    ``gravity`` pulls every node towards the origin.  Returns ``{node id: (x, y)}`` in vis-network units (about
    :data:`EDGE_LENGTH` between neighbours).  The same input gives the same output.
    """
    ids = list(node_ids)
    index = {nid: i for i, nid in enumerate(ids)}
    pairs = sorted({tuple(sorted((index[a], index[b]))) for a, b in edges
                    if a in index and b in index and a != b})
    rng = np.random.default_rng(seed)
    pinned = {k: v for k, v in (pinned or {}).items() if k in index}
    unit = EDGE_LENGTH * (1 + 1.5 / (1 + len(ids) / 40))  # small graphs: room for labels
    placed: list[tuple[np.ndarray, np.ndarray]] = []
    comps = _components(len(ids), pairs)
    comps.sort(key=lambda c: not any(ids[i] in pinned for i in c))  # stable: pinned component first
    for comp in comps:
        fixed = {i: np.array(pinned[ids[i]]) / unit for i in comp if ids[i] in pinned}
        placed.append((comp, _force_layout(comp, pairs, fixed, rng, gravity)))
    out: dict[str, tuple[float, float]] = {}
    for comp, xy in _pack(placed, keep_first=bool(pinned)):
        for i, (x, y) in zip(comp, xy, strict=True):
            out[ids[i]] = (round(float(x) * unit, 1), round(float(y) * unit, 1))
    return out


def column_positions(columns: Sequence[Sequence[str]], xs: Sequence[float],
                     gap: float = 56.0) -> dict[str, tuple[float, float]]:
    """Stack each column's ids vertically, centred on y=0, at the given x.

    >>> column_positions([["a"], ["b", "c"]], [0, 100])
    {'a': (0.0, 0.0), 'b': (100.0, -28.0), 'c': (100.0, 28.0)}
    """
    out: dict[str, tuple[float, float]] = {}
    for col, x in zip(columns, xs, strict=True):
        top = -gap * (len(col) - 1) / 2
        for j, nid in enumerate(col):
            out[nid] = (float(x), top + gap * j)
    return out


def _components(n: int, pairs: list[tuple[int, int]]) -> list[np.ndarray]:
    """Connected components (index arrays), biggest first, ties by lowest index."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return [np.array(g) for g in sorted(groups.values(), key=lambda g: (-len(g), g[0]))]


def _force_layout(comp: np.ndarray, pairs: list[tuple[int, int]], fixed: dict[int, np.ndarray],
                  rng: np.random.Generator, gravity: float) -> np.ndarray:
    """Fruchterman–Reingold positions (ideal edge length 1) for one component."""
    n = len(comp)
    if n == 1:
        return np.array([next(iter(fixed.values()), np.zeros(2))], dtype=float)
    local = {int(g): i for i, g in enumerate(comp)}
    e = np.array([(local[a], local[b]) for a, b in pairs if a in local], dtype=int).reshape(-1, 2)
    pos = rng.uniform(-1, 1, (n, 2)) * math.sqrt(n)
    pin_idx = np.array([local[g] for g in fixed], dtype=int)
    pin_xy = np.array(list(fixed.values()), dtype=float).reshape(-1, 2)
    pos[pin_idx] = pin_xy
    steps = 80 if n <= EXACT_LIMIT else 60
    start = math.sqrt(n) / 4
    for step in range(steps):
        disp = _repulsion(pos, rng) + _attraction(pos, e) - gravity * pos
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        temp = start * (1 - step / steps) + 0.02
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        pos[pin_idx] = pin_xy
    return pos if len(pin_idx) else _landscape(pos - pos.mean(axis=0))


def _landscape(pos: np.ndarray) -> np.ndarray:
    """Rotate centred positions so their long axis runs horizontally (screens are wide)."""
    if len(pos) < 3:
        return pos
    _, vecs = np.linalg.eigh(np.cov(pos.T))
    main = vecs[:, -1]
    rot = np.array([[main[0], main[1]], [-main[1], main[0]]])
    return pos @ rot.T


def _repulsion(pos: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Sum of 1/d repulsive forces, exact or from a random sample of repellers."""
    n = len(pos)
    if n <= EXACT_LIMIT:
        others, weight = pos, 1.0
    else:
        others, weight = pos[rng.choice(n, SAMPLE, replace=False)], n / SAMPLE
    out = np.empty_like(pos)
    ox, oy = others[:, 0], others[:, 1]
    for lo in range(0, n, 500):
        dx = pos[lo:lo + 500, 0, None] - ox
        dy = pos[lo:lo + 500, 1, None] - oy
        inv = weight / (dx * dx + dy * dy + 1e-4)
        out[lo:lo + 500, 0] = (dx * inv).sum(axis=1)
        out[lo:lo + 500, 1] = (dy * inv).sum(axis=1)
    return out


def _attraction(pos: np.ndarray, e: np.ndarray) -> np.ndarray:
    """Spring forces d² pulling the ends of every edge together."""
    out = np.zeros_like(pos)
    if len(e):
        delta = pos[e[:, 0]] - pos[e[:, 1]]
        force = delta * np.linalg.norm(delta, axis=1)[:, None]
        np.add.at(out, e[:, 0], -force)
        np.add.at(out, e[:, 1], force)
    return out


def _pack(placed: list[tuple[np.ndarray, np.ndarray]], keep_first: bool) -> list[tuple[np.ndarray, np.ndarray]]:
    """Shelf-pack components in rows; the first (the one with pinned nodes) stays put when pinned."""
    if len(placed) == 1:
        return placed
    boxes = [(xy.min(axis=0), xy.max(axis=0)) for _, xy in placed]
    area = sum(float(np.prod(hi - lo + 2)) for lo, hi in boxes)
    row_width = max(math.sqrt(area) * 1.2, float(boxes[0][1][0] - boxes[0][0][0] + 2))
    out, x, y, row_h = [], 0.0, 0.0, 0.0
    for (comp, xy), (lo, hi) in zip(placed, boxes, strict=True):
        w, h = hi - lo + 2
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        shift = np.array([x, y]) - lo + 1
        out.append((comp, xy + shift))
        x, row_h = x + w, max(row_h, h)
    if keep_first:
        back = placed[0][1][0] - out[0][1][0]
    else:
        allxy = np.vstack([xy for _, xy in out])
        back = -(allxy.min(axis=0) + allxy.max(axis=0)) / 2
    return [(comp, xy + back) for comp, xy in out]
