"""nongthon — information system for Vietnam's New Rural Development programme."""

__version__ = "0.1.0"
