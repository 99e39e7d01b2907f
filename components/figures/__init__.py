"""Pure figure builders: (aggregates, state) -> go.Figure. No I/O, no globals mutated."""
