"""Realistic demo and simulation data (Chinese names, employers, jobs) made through the real operations."""
