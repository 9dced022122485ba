"""Seed articles and the importer that turns them into the facts database."""
