"""The parallel helper owns what its workers share: set for the call, read through shared(), reset after."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.core import parallel


@dataclass(frozen=True)
class _Offset:
    by: int


def _shifted(n: int) -> int:
    return n + parallel.shared(_Offset).by


@pytest.mark.parametrize("parallel_from", [0, 1000])  # forked workers, then this process
def test_workers_read_the_shared_state_of_their_call(parallel_from: int) -> None:
    assert parallel.fork_map(_shifted, list(range(40)), parallel_from, _Offset(100)) == list(range(100, 140))
    with pytest.raises(TypeError, match="expected _Offset"):
        parallel.shared(_Offset)  # reset once the call returns
