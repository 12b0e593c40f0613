"""Matching: see ARCHITECTURE.md."""
