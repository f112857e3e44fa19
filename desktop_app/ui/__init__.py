"""The Qt shell over the core."""
