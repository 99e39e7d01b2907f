"""Pure figure builders: (aggregates, state) -> plain figure dict. No I/O, no globals mutated."""
