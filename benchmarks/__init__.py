"""`make bench`: the SDK and the fake server measured side by side against peers and the floor.

Run as ``python -m benchmarks`` (see ``benchmarks/__main__.py`` and ``docs/performance.md``).
Benchmarks are not tests: nothing here asserts a timing; targets are reported as met or not.
"""
