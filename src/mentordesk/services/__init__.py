"""Use cases. Each public call is one user action and one transaction; returns plain data."""
