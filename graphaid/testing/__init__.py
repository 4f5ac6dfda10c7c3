"""Helpers for testing graphaid against real servers and for benchmarks (not used by graphaid itself)."""
