"""The one place the URL map is assembled."""
from api import articles, claims, export, health, quotes, search, sources

RESOURCES = (articles, sources, quotes, claims, search, export, health)


def register_blueprints(api) -> None:
    for module in RESOURCES:
        api.register_blueprint(module.blp)
