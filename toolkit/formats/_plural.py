"""The gettext ``Plural-Forms`` header: parse ``nplurals=N; plural=EXPR;`` and check EXPR.

EXPR is the C subset GNU gettext accepts (``n``, decimal integers, ``! * / % + - < > <= >=
== != && || ?:`` and parentheses).  :func:`parse_plural_forms` returns ``nplurals`` and a
Python function computing the form index, or raises :class:`ValueError` with the reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# Found anywhere in the value, as GNU gettext does ("Plural-Forms: Plural-Forms: nplurals=3;
# plural=...;" and a stray "\\n" after the final ";" occur in real files and msgfmt accepts
# them); the expression ends at the first ";".
_NPLURALS = re.compile(r"(?<![A-Za-z_])nplurals\s*=\s*(\d+)")
_PLURAL = re.compile(r"(?<![A-Za-z_])plural\s*=\s*([^;]*)")
_TOKEN = re.compile(r"\s*(?:(\d+)|(n)|(&&|\|\||==|!=|<=|>=|[-+*/%<>!?:()]))")

Expr = Callable[[int], int]

# Binary operators by precedence level, lowest first.
_LEVELS: tuple[tuple[str, ...], ...] = (
    ("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%"),
)


def _apply(op: str, a: int, b: int) -> int:
    if op == "||":
        return int(bool(a) or bool(b))
    if op == "&&":
        return int(bool(a) and bool(b))
    if op in ("/", "%"):
        if b == 0:
            return 0
        return a // b if op == "/" else a % b
    return int({"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b,
                ">=": a >= b}[op]) if op in ("==", "!=", "<", ">", "<=", ">=") else (
        a + b if op == "+" else a - b if op == "-" else a * b)


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens: list[str] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                rest = text[pos:].strip()
                if not rest:
                    break
                raise ValueError(f"unexpected {rest[:10]!r} in plural expression")
            self.tokens.append(m.group(1) or m.group(2) or m.group(3))
            pos = m.end()
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> str:
        tok = self.peek()
        if tok is None:
            raise ValueError("plural expression ends too early")
        self.i += 1
        return tok

    def parse(self) -> Expr:
        expr = self.ternary()
        if self.peek() is not None:
            raise ValueError(f"unexpected {self.peek()!r} in plural expression")
        return expr

    def ternary(self) -> Expr:
        cond = self.binary(0)
        if self.peek() != "?":
            return cond
        self.take()
        yes = self.ternary()
        if self.take() != ":":
            raise ValueError("'?' without ':' in plural expression")
        no = self.ternary()
        return lambda n: yes(n) if cond(n) else no(n)

    def binary(self, level: int) -> Expr:
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = self.take()
            right = self.binary(level + 1)
            left = (lambda lf, rf, o: lambda n: _apply(o, lf(n), rf(n)))(left, right, op)
        return left

    def unary(self) -> Expr:
        tok = self.take()
        if tok == "!":
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == "(":
            inner = self.ternary()
            if self.take() != ")":
                raise ValueError("unbalanced parentheses in plural expression")
            return inner
        if tok == "n":
            return lambda n: n
        if tok.isdigit():
            value = int(tok)
            return lambda n: value
        raise ValueError(f"unexpected {tok!r} in plural expression")


@functools.lru_cache(maxsize=256)
def parse_plural_forms(value: str) -> tuple[int, Expr]:
    """``"nplurals=3; plural=(n%10==1 ...);"`` -> (3, function); ValueError if broken."""
    count = _NPLURALS.search(value)
    formula = _PLURAL.search(value)
    if count is None or formula is None:
        raise ValueError("Plural-Forms must look like 'nplurals=N; plural=EXPRESSION;'")
    nplurals = int(count.group(1))
    if not 1 <= nplurals <= 100:
        raise ValueError(f"nplurals={nplurals} is out of range (1..100)")
    if not formula.group(1).strip():
        raise ValueError("the plural expression is empty")
    expr = _Parser(formula.group(1)).parse()
    for n in (*range(0, 200), 1000, 1001, 1011, 10**6 + 1):
        index = expr(n)
        if not 0 <= index < nplurals:
            raise ValueError(f"plural expression gives form {index} for n={n}, "
                             f"but nplurals={nplurals}")
    return nplurals, expr
