"""Matching: pure functions over plain profiles (numpy, OR-Tools, rustworkx; no database, no Qt)."""
