"""FieldDay's visit reminder texts."""

from notify.config import ConfigError, Settings, load_settings

__all__ = ["ConfigError", "Settings", "load_settings"]
