"""The cycle collector is paused inside a bulk step and runs again afterwards."""

from __future__ import annotations

import gc

import pytest

from mentordesk.core.bulk import collector_paused


def test_paused_inside_and_running_again_after_even_on_error() -> None:
    """Inside the block the collector is off; after it (also after an exception) it is on."""
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the inner block must not turn it on early
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError("a run that fails half-way")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    """Code that had turned the collector off itself finds it off afterwards."""
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
