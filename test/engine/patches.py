"""Patches to moto 5.2.5 for berth's engine test (see moto-harness.py). Each names the moto behaviour
it works around."""

from __future__ import annotations


def apply_patches() -> list[str]:
    """Applies every patch and returns their names, which the test prints."""
    applied: list[str] = []
    return applied
