"""Word boundaries and part-of-speech tags: a jieba segmenter (jieba-rs through ``rjieba``)
loaded with the project's vocabularies as its user dictionary.

Names extracted from a document must begin and end on word boundaries. The
segmenter gives those boundaries; the tags tell verbs, prepositions and
connectives (which never begin a name) from nouns. The user dictionary holds the
field vocabulary (``ontology/fields.ttl``), the names of China's administrative
divisions, the suffixes of zones and organizations and the verbs of policy
writing, so that ``脑机接口`` or ``高新区`` is one word.

jieba-rs tags about 6 million characters a second, so a whole document is
segmented once (:func:`tokens`, cached on the :class:`~policykg.loaders.reading.document.Doc`).

>>> t = Tokens.of("武汉东湖高新区将建成光谷未来产业先导区")
>>> [w for w, _ in t.words()][:4]
['武汉', '东湖', '高新区', '将']
>>> t.is_boundary(7), t.is_boundary(9)
(True, False)
>>> t.tag_at(7)
'd'
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

#: Tags of words that never begin a name: verbs, prepositions, conjunctions, adverbs,
#: pronouns, particles, numerals, measure words, locatives, punctuation.
FUNCTION_TAGS = frozenset({"p", "c", "d", "r", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "x", "w",
                           "q", "f"})
VERB_TAGS = frozenset({"v", "vd", "vg", "vi", "vq"})


@functools.lru_cache(maxsize=1)
def segmenter():
    """The shared ``rjieba.Jieba`` with the user dictionary (loaded once per process, ~0.3 s)."""
    import rjieba

    from policykg.loaders.words.lexicon import user_dictionary

    jieba = rjieba.Jieba()
    for word, tag in user_dictionary():
        jieba.add_word(word, None, tag)
    return jieba


@dataclass(frozen=True)
class Tokens:
    """The words of a text as character spans, with their tags."""

    text: str
    starts: tuple[int, ...]
    tags: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        """Segment and tag ``text`` (no HMM guessing of unknown words: unknown runs split finely,
        which errs towards more boundaries, never fewer)."""
        starts, tags, pos = [], [], 0
        for word, tag in segmenter().tag(text, False):
            starts.append(pos)
            tags.append(tag)
            pos += len(word)
        if pos != len(text):  # jieba-rs keeps every character; guard the invariant all the same
            raise ValueError("segmentation lost characters")
        return cls(text, tuple(starts), tuple(tags))

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, pos: int) -> int:
        """Index of the word holding character ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def is_boundary(self, pos: int) -> bool:
        """True when a word starts at ``pos`` (or ``pos`` is the end of the text)."""
        if pos <= 0 or pos >= len(self.text):
            return True
        i = bisect.bisect_left(self.starts, pos)
        return i < len(self.starts) and self.starts[i] == pos

    def end_of(self, i: int) -> int:
        """End offset of word ``i``."""
        return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)

    def word(self, i: int) -> str:
        """Word ``i``."""
        return self.text[self.starts[i]:self.end_of(i)]

    def tag_at(self, pos: int) -> str:
        """Tag of the word holding ``pos``."""
        return self.tags[self.index(pos)]

    def words(self, start: int = 0, end: int | None = None):
        """``(word, tag)`` of the words that lie within ``[start, end)``."""
        for s, e, tag in self.spans(start, end):
            yield self.text[s:e], tag

    def spans(self, start: int = 0, end: int | None = None):
        """``(start, end, tag)`` of the words that lie within ``[start, end)``."""
        end = len(self.text) if end is None else end
        i = self.index(start)
        if self.starts[i] < start:
            i += 1
        while i < len(self.starts) and self.end_of(i) <= end:
            yield self.starts[i], self.end_of(i), self.tags[i]
            i += 1

    def next_boundary(self, pos: int) -> int:
        """The first word start at or after ``pos``."""
        if self.is_boundary(pos):
            return pos
        i = self.index(pos)
        return self.end_of(i)

    def prev_boundary(self, pos: int) -> int:
        """The last word start at or before ``pos``."""
        return pos if self.is_boundary(pos) else self.starts[self.index(pos)]


def tags_of(name: str) -> list[tuple[str, str]]:
    """``(word, tag)`` of a name segmented on its own.

    >>> tags_of("提出培育国家实验室")[:2]
    [('提出', 'v'), ('培育', 'vn')]
    """
    return list(segmenter().tag(name, False))
