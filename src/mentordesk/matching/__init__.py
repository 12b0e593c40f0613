"""Matching: pure functions over plain profiles (numpy/scipy; no database, no Qt)."""
