"""Jinja's sandbox, bounded: templates reach no Python internals and stay within `limits`.

`BoundedSandbox` checks the operators and calls that can explode (`*`, `**`, a call with
a huge number) and the clock; `BoundedLoader` refuses a huge template file;
`bounded_filters` wraps each filter the same way. The budget itself (time, memory,
output) and the limits are in `drafter.render.limits`, which needs no Jinja.
"""

from __future__ import annotations

import functools
import os
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from drafter.render import limits
from drafter.render.limits import LimitExceeded, check_clock, check_numbers, check_power


class BoundedLoader(jinja2.FileSystemLoader):
    """Jinja's file loader (one folder, no way out), refusing a file larger than MAX_TEMPLATE_BYTES."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        for folder in self.searchpath:  # look before reading: a huge file is never read whole
            path = os.path.join(folder, *split_template_path(template))
            size = os.path.getsize(path) if os.path.isfile(path) else 0
            if size > limits.MAX_TEMPLATE_BYTES:
                raise LimitExceeded(f"template '{template}' is {size:,} bytes; templates are limited to"
                                    f" {limits.MAX_TEMPLATE_BYTES:,}")
        return super().get_source(environment, template)


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with size checks on the operators and calls that can explode."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        check_clock()
        if operator == "**":
            check_power(left, right)
        elif isinstance(left, str | bytes | list | tuple) or isinstance(right, str | bytes | list | tuple):
            sequence, times = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(times, int) and len(sequence) * times > limits.MAX_OUTPUT:
                raise LimitExceeded(f"'*' would make {len(sequence) * times:,} items; the limit is {limits.MAX_OUTPUT:,}")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        check_clock()
        check_numbers(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def bounded_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Jinja's filters, each refusing a huge number (`'x'|center(10**9)`) before it runs."""
    return {name: _checked(function) for name, function in filters.items()}


def _checked(function: Any) -> Any:
    @functools.wraps(function)  # keeps jinja_pass_arg, so context-taking filters still get it
    def checked(*args: Any, **kwargs: Any) -> Any:
        check_numbers(args, kwargs)
        return function(*args, **kwargs)

    return checked
