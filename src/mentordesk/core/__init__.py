"""Domain types and rules: no Qt, no database sessions."""
