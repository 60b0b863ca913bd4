"""A cheaper constructor for the frozen dataclasses a parse makes by the hundred (cells, values).

A frozen dataclass's generated `__init__` sets each field through `object.__setattr__`, one call per
field: with a report's ~250 cells and ~200 values of 8 and 13 fields, construction alone was a fifth of a
text report's parse. `fast_init` replaces that `__init__` with one that writes the instance's `__dict__`
directly, with the same parameters and defaults; everything else the dataclass generated (equality,
hashing, repr, `dataclasses.replace`, pickling, the frozen `__setattr__`) is unchanged.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen dataclass `cls` a `__dict__`-writing `__init__` (see the module docstring).

    Only for plain fields: a field with a default factory, `init=False`, or a class with `__post_init__`
    or `__slots__` keeps what dataclasses generated (the assertion says so at import time)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    assert params.frozen and not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__, cls
    assert all(f.init and f.default_factory is dataclasses.MISSING for f in fields), cls
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    signature = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields
    )
    body = "\n".join(f"    d[{f.name!r}] = {f.name}" for f in fields) or "    pass"
    source = f"def __init__(self, {signature}):\n    d = self.__dict__\n{body}\n"
    namespace: dict = {}
    exec(source, defaults, namespace)  # noqa: S102 - the source is built from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls
