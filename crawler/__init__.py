"""lmhtx-archive: crawler and archive of Vietnam's cooperative-alliance news."""

__version__ = "0.1.0"
