"""The monitoring API: observations (and recognitions), accepted rows for everyone."""
