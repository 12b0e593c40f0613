"""Benchmarks: `make bench` runs every one and prints figures (targets in each module)."""
