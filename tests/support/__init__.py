"""Helpers for graphaid's tests, benchmarks and tools: browser flags, fixture graphs (not shipped in the wheel)."""
