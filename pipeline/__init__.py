"""Offline pipeline: raw survey -> Parquet aggregates. The app never imports it."""
