"""`python -m seeds`: the importer's command line."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from seeds.importer import DEFAULT_DB, ImportError_, default_seed_files, import_files


@click.group()
def cli():
    """Build and check the facts database from seed articles."""


@cli.command(name="import")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
              show_default=True, help="Database file to build (replaced atomically).")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def import_command(db_path, files):
    """Import plain-text articles (default: every seeds/articles/*.txt) into a new facts database.

    The database is built in a temporary file and renamed over DB in one step, so a failed import leaves
    the previous database untouched. Exits 1 with one line per bad file.
    """
    paths = list(files) or default_seed_files()
    started = time.perf_counter()
    try:
        summary = import_files(paths, db_path)
    except ImportError_ as exc:
        for line in str(exc).splitlines():
            click.echo(f"error: {line}", err=True)
        click.echo(f"import failed; {db_path} left unchanged", err=True)
        sys.exit(1)
    elapsed = time.perf_counter() - started
    for art in summary["articles"]:
        click.echo(f"imported {art['id']}: {art['quotes']} quotes, {art['claims']} claims ({art['path']})")
    click.echo(f"{len(summary['articles'])} article(s), {summary['sources']} sources -> {summary['db']} "
               f"(build {summary['build_id']}, {elapsed:.2f}s)")


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every false positive, miss and wrong speaker.")
def evaluate(gold_dir, as_json, verbose):
    """Score the extractor on GOLD_DIR/<name>.txt against GOLD_DIR/<name>.gold.json.

    Prints precision, recall, F1, speaker accuracy and span exactness per article and in total.
    """
    from seeds.evaluate import evaluate as run, format_report

    result = run(gold_dir)
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result, verbose))


if __name__ == "__main__":
    cli()
