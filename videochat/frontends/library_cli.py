"""``videochat index`` and ``videochat search``: the library's commands (registered like plugin commands)."""

from __future__ import annotations

import json
from typing import Any

import click

from videochat.cli import quiet_libraries
from videochat.config import load_settings
from videochat.contracts.events import format_span
from videochat.library.index import IndexReport, index_folders, library_path, watch
from videochat.library.search import search
from videochat.library.store import LibraryStore


def _settings(config_file: str | None, profile: str | None, no_cache: bool = False) -> Any:
    return load_settings(config_file, profile=profile, perceptor_options=[], cache=False if no_cache else None)


@click.command("index")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--watch", "keep_watching", is_flag=True, help="keep polling the folders and index what appears")
@click.option("--interval", type=float, default=5.0, show_default=True, help="seconds between polls with --watch")
@click.option("--profile", help="perceptor profile for new videos (default: lite)")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML config file")
@click.option("-q", "--quiet", is_flag=True, help="no progress on stderr")
def index(folders: tuple[str, ...], keep_watching: bool, interval: float, profile: str | None, config_file: str | None,
          quiet: bool) -> None:  # fmt: skip
    """Put every video under FOLDERS into the searchable library (new or changed files only)."""
    if quiet:
        quiet_libraries()
    settings = _settings(config_file, profile)

    def show(report: IndexReport) -> None:
        click.echo(f"{report.summary()} -> {library_path(settings)}")

    if keep_watching:
        try:
            watch(list(folders), settings, interval=interval, progress=not quiet, on_report=show)
        except KeyboardInterrupt:
            click.echo("stopped watching; everything indexed so far is kept", err=True)
        return
    report = index_folders(list(folders), settings, progress=not quiet,
                           on_video=None if quiet else lambda path, what: click.echo(f"indexed {path} ({what})", err=True))  # fmt: skip
    show(report)
    if report.failed:
        raise click.exceptions.Exit(2 if not (report.added or report.updated or report.unchanged) else 0)


@click.command("search")
@click.argument("query")
@click.option("--mode", type=click.Choice(["auto", "words", "meaning"]), default="auto", show_default=True)
@click.option("--limit", type=int, default=10, show_default=True, help="videos to list")
@click.option("--under", type=click.Path(), help="only videos under this folder")
@click.option("--json", "as_json", is_flag=True, help="one JSON object")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML config file")
def search_command(query: str, mode: str, limit: int, under: str | None, as_json: bool, config_file: str | None) -> None:
    """List the library's videos that match QUERY (words or meaning), best first, with the matching lines."""
    quiet_libraries()  # one model load: no progress bars in the results
    settings = _settings(config_file, None)
    path = library_path(settings)
    if not path.exists():
        raise click.ClickException(f"the library {path} is empty: run `videochat index FOLDER` first")
    hits = search(LibraryStore(path), query, mode=mode, limit=limit, under=under)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps({"query": query, "mode": mode, "hits": [h.to_dict() for h in hits]}, ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo("no video matches")
    for hit in hits:
        click.echo(f"{hit.video}  ({hit.score:.3f})")
        for line in hit.lines:
            click.echo(f"  {format_span(line.start, line.end)} {line.text}")
