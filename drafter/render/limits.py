"""Limits on what a template may cost: time, memory, output size, number sizes.

Jinja's sandbox (`drafter.render.sandbox`) stops a template reaching Python internals, but
not a loop that never ends, `'x' * 10**9`, `3 ** 10**8` or a macro calling itself. A
user's template is code we run, so it runs under limits, and crossing one is a
`TemplateError` like any other:

    with bounded():                           # one budget, however many templates run
        text = collect(template.generate(context))

- Time: SIGALRM (a wall-clock timer) interrupts Python code, which is all a template
  runs, and the interrupt repeats until the render has unwound; `call` and the output
  stream also check the clock, for the odd frame that swallows an exception.
- Memory: the address-space limit is lowered for the duration, so an allocation too big
  fails as a MemoryError instead of taking the machine.
- Size: `*` and `**` are intercepted (which also stops Jinja folding them at compile
  time), and so are calls with a huge number; the output is counted as it is produced.
- Recursion is Python's own limit; the caller turns RecursionError into a message.

The clock and memory limit need the main thread of a POSIX system; elsewhere only the
checks in `call` and in the output apply. Jinja itself is not imported here, so a budget
costs nothing when the text it covers needs no Jinja (a reference document that only
names variables).
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

try:
    import resource
except ImportError:  # pragma: no cover - not POSIX
    resource = None  # type: ignore[assignment]

MAX_SECONDS = 6.0
"""Wall-clock time all templates of one document may take. The shipped templates render
10,000 clauses in about 1 s; a command with a runaway template still ends within 10 s."""
MAX_MEMORY = 1024 ** 3
"""Address space a render may add (1 GiB): with drafter's own ~150 MB, under 1.5 GB."""
MAX_OUTPUT = 100_000_000
"""Characters one template may produce: over ten times the 10,000-clause HTML (8 M)."""
MAX_NUMBER = 100_000_000
"""Largest number a template may pass to a call or filter (`'x'.center(n)`, `lipsum(n)`)."""
MAX_DIGITS = 10_000
"""Largest result of `**`, in decimal digits."""


MAX_TEMPLATE_BYTES = 4 * 1024 * 1024
"""Largest template file read (the shipped ones are under 3 KB; this leaves room for an inlined logo)."""


class LimitExceeded(Exception):
    """A template went past one of the limits; `message` says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_numbers(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and abs(value) > MAX_NUMBER:
            raise LimitExceeded(f"the number {value:,} is too large for a template (the limit is {MAX_NUMBER:,})")


def check_power(base: Any, exponent: Any) -> None:
    if not (isinstance(base, int) and isinstance(exponent, int)) or exponent <= 1 or abs(base) <= 1:
        return
    digits = exponent * math.log10(abs(base))
    if digits > MAX_DIGITS:
        raise LimitExceeded(f"'**' would make a number of about {digits:,.0f} digits; the limit is {MAX_DIGITS:,}")


def collect(chunks: Iterable[str]) -> str:
    """The template's output, joined; LimitExceeded once it passes MAX_OUTPUT characters."""
    parts, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise LimitExceeded(f"the output passed {MAX_OUTPUT:,} characters (a loop that never ends?)")
        parts.append(chunk)
        check_clock()
    return "".join(parts)


class _Budget(threading.local):
    deadline: float | None = None
    """When the current budget runs out (time.monotonic), or None outside `bounded`."""
    alarm = False
    """True while SIGALRM is armed for this budget."""


_budget = _Budget()


def check_clock() -> None:
    if _budget.deadline is not None and time.monotonic() > _budget.deadline:
        if _budget.alarm:
            # the alarm is due at this same moment: put it off, so it does not land in Jinja's
            # handling of this error and replace it (losing the template line); it still
            # comes, a second later, should the template swallow this one
            signal.setitimer(signal.ITIMER_REAL, _REPEAT, _REPEAT)
        raise LimitExceeded(_timeout())


def _timeout() -> str:
    return f"still running after {MAX_SECONDS:g} seconds (a loop that never ends?)"


@contextmanager
def bounded() -> Iterator[None]:
    """Run templates within one budget of MAX_SECONDS and MAX_MEMORY; nested uses share the outer one."""
    if _budget.deadline is not None:
        yield
        return
    _budget.deadline = time.monotonic() + MAX_SECONDS
    try:
        with _memory_limit(MAX_MEMORY), _alarm(MAX_SECONDS):  # the alarm is disarmed before the limit is lifted
            yield
    finally:
        _budget.deadline = None


_REPEAT = 1.0
"""Seconds between repeats of the alarm (until disarmed), should a template swallow one."""


def _on_alarm(signum: int, frame: Any) -> None:
    if _budget.alarm:
        raise LimitExceeded(_timeout())


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _budget.alarm = True
    # repeats until disarmed, should one interrupt be swallowed; not faster, so that a repeat does
    # not land in the clean-up after the first (Python would print "Exception ignored in ...")
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        _disarm(previous)


def _disarm(previous: Any) -> None:
    """Stop the alarm for certain: it may fire during this very clean-up, so retry until done."""
    while True:
        try:
            _budget.alarm = False  # from here on the handler does nothing
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except LimitExceeded:
            continue


@contextmanager
def _memory_limit(extra: int) -> Iterator[None]:
    used = _address_space()
    if resource is None or used is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = used + extra
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        yield  # already as tight
        return
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * (resource.getpagesize() if resource is not None else 4096)
