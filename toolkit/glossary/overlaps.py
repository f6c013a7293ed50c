"""Where a text's tokens start, and which of its overlapping term candidates stay.

A candidate is ``(token index, size in tokens, entry)``.  Of two overlapping candidates the
one with more tokens wins, then the one with more characters, then the earlier start, then
the lower termbase rank; :func:`choose` keeps the winners in token order.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from operator import itemgetter
from typing import Protocol, TypeVar


class Ranked(Protocol):
    """What resolving overlaps needs of an entry."""

    @property
    def rank(self) -> int:
        """Tie-break between equal spans: lower wins."""


E = TypeVar("E", bound=Ranked)

#: A candidate: (token index, size in tokens, entry).
Candidate = tuple[int, int, E]

_START = itemgetter(0)

#: The width of every token of a chunk with something between its tokens: so negative that
#: a text's widths can no longer add up to its length (see :func:`token_starts`).
GAP = -(1 << 62)


def token_starts(low: str, tokens: list[str], widths: list[int]) -> list[int]:
    """Offsets of the tokens in ``low``, given each token's width: its length, plus one
    for the space after a whitespace-separated chunk's last token, or :data:`GAP` in a
    chunk with something between its tokens (the list may have one more item)."""
    # Fast path, all in C: the offsets are running sums of the widths when nothing but
    # the tokens lies inside each chunk (no GAP) and the chunks are one space apart.
    # The widths then add up to len(low) + 1; leading, doubled or other spaces, a chunk
    # without tokens (a lone quote) or a GAP would make the sum fall short.
    if sum(widths) == len(low) + 1:
        return list(accumulate(widths, initial=0))
    # Otherwise only spaces, quotes, apostrophes and underscores lie between tokens and
    # no token starts with one, so the next occurrence of each token is the token itself.
    starts: list[int] = []
    position = 0
    find = low.find
    for token in tokens:
        position = find(token, position)
        starts.append(position)
        position += len(token)
    return starts


def choose(singles: list[Candidate[E]], longer: list[Candidate[E]], tokens: list[str],
           starts: list[int]) -> list[Candidate[E]]:
    """The candidates that stay, in token order.

    ``singles`` are one-word candidates, at most one per token (the best one); ``longer``
    the others; both in token order.  One-word candidates lose to any longer one they
    overlap (more tokens win) and do not overlap each other: only the longer ones need
    resolving, and the one-word candidates between the longer ones that stay are kept.
    """
    if len(longer) > 1:
        longer = resolve(longer, tokens, starts)
    chosen: list[Candidate[E]] = []
    position = 0  # in singles
    for hit in longer:
        start = hit[0]
        inside = bisect_left(singles, start, position, key=_START)
        chosen += singles[position:inside]
        chosen.append(hit)
        position = bisect_left(singles, start + hit[1], inside, key=_START)
    chosen += singles[position:]
    return chosen


def resolve(raw: list[Candidate[E]], tokens: list[str],
            starts: list[int]) -> list[Candidate[E]]:
    """Drop overlapped candidates (``raw`` is in token order), by the rules above.

    Candidates are cut into clusters that overlap each other; a choice inside one cluster
    cannot change another, so a lone candidate costs nothing.
    """
    chosen: list[Candidate[E]] = []
    cluster: list[Candidate[E]] = []
    end = -1
    for hit in raw:
        start, size = hit[0], hit[1]
        if start >= end:
            if len(cluster) == 1:
                chosen.append(cluster[0])
            elif cluster:
                _settle(cluster, end, tokens, starts, chosen)
            cluster = [hit]
            end = start + size
        else:
            cluster.append(hit)
            if start + size > end:
                end = start + size
    _settle(cluster, end, tokens, starts, chosen)
    return chosen


def _settle(cluster: list[Candidate[E]], end: int, tokens: list[str], starts: list[int],
            chosen: list[Candidate[E]]) -> None:
    """Append the winners of one cluster of overlapping candidates (ending at token
    ``end``) to ``chosen``: the best candidate first, then any it does not overlap."""
    if len(cluster) == 1:
        chosen.append(cluster[0])
        return
    # Usual case: one longest term covers the whole cluster (a term and the shorter
    # terms inside it): it goes first and overlaps every other candidate.
    sizes = [size for _, size, _ in cluster]
    top = max(sizes)
    if sizes.count(top) == 1:
        best = cluster[sizes.index(top)]
        if best[0] == cluster[0][0] and best[0] + top == end:
            chosen.append(best)
            return

    def priority(hit: Candidate[E]) -> tuple[int, int, int, int]:
        start, size, entry = hit
        last = start + size - 1
        return (-size, starts[start] - starts[last] - len(tokens[last]), start, entry.rank)

    cluster.sort(key=priority)
    taken = bytearray(end)
    kept: list[Candidate[E]] = []
    for start, size, entry in cluster:
        if not any(taken[start:start + size]):
            taken[start:start + size] = b"\x01" * size
            kept.append((start, size, entry))
    kept.sort(key=_START)
    chosen.extend(kept)


__all__ = ["GAP", "Candidate", "Ranked", "choose", "resolve", "token_starts"]
