"""Data contract shared by the offline pipeline and the running app."""
