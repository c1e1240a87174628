"""Property-based contract tests of the spec against the fake server, with schemathesis."""
