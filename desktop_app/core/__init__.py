"""The Qt-free core: models, import, marketplaces, engine and journal."""
