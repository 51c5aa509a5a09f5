"""The embedded model's two runtimes side by side: transformers (the GGUF de-quantised once into the
model store) against llama.cpp (llama-cpp-python on the GGUF itself). Which should be the default?

Each measurement runs in a fresh process per runtime, the runtimes alternating within every round
(machines are noisy: several short rounds, medians reported):

- load: importing the runtime and loading the model (``embedded_chat_model`` and its first use);
- generation tokens/s: 64 greedy tokens forced after a ~400-token prompt, prefill excluded;
- ranking: ``score()`` on a grounded prompt (the lean system prompt, 20 transcript lines, a
  question), 2 candidates (what most grounded choices have) and 5;
- peak RSS of that process;
- with ``--ask CLIP QUESTION``: ``videochat ask CLIP QUESTION --json`` cold, a new process each time
  (interpreter start, imports, model load, the cached perception read, the ranking);
- with ``--qa DIR``: ``benchmarks/qa_bank.py --split dev`` accuracy per runtime (JSON kept in DIR
  and reused when there).

The runtime is picked as users pick it: ``VIDEOCHAT_LLAMA_CPP=0`` selects transformers, otherwise
llama.cpp runs the embedded model when llama-cpp-python is installed.

    python benchmarks/llm_runtimes.py [--rounds 3] [--threads 2] [--ask CLIP QUESTION] [--qa DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNTIMES = ("transformers", "llama.cpp")
NEW_TOKENS = 64


def runtime_env(runtime: str, threads: int) -> dict[str, str]:
    return {**os.environ, "VIDEOCHAT_LLAMA_CPP": "1" if runtime == "llama.cpp" else "0",
            "VIDEOCHAT_WORKER_THREADS": str(threads)}  # fmt: skip


def _grounded_prompt() -> list:
    """What ``VideoChat._choose`` sends: the lean prompt over the evidence lines and the question."""
    from videochat.prompts.templates import chat_prompt, fence

    words = ["TICKET", "JACKET", "FOREST", "MARKET", "PENCIL"]
    lines = [f"[00:{i:02d}-00:{i + 3:02d}] text: {words[i % 5]}" if i % 3 else
             f'[00:{i:02d}-00:{i + 3:02d}] speech (S1): "We are painting the kitchen blue, part {i}."'
             for i in range(20)]  # fmt: skip
    data = "\n".join(fence(line) for line in lines)
    return chat_prompt(lean=True).format_messages(
        transcript=data, request="Why is the kitchen painted blue?"
    )


def worker(runtime: str, threads: int) -> dict:
    """One runtime in this process: load, generation speed, ranking speed, peak RSS."""
    sys.path.insert(0, str(HERE))
    from llm_models import _prompt

    out: dict = {"runtime": runtime}
    t0 = time.perf_counter()
    from videochat.llm.providers.embedded import embedded_chat_model

    chat = embedded_chat_model()
    name = type(chat).__name__
    assert name == (
        "LlamaCppChatModel" if runtime == "llama.cpp" else "LocalChatModel"
    ), name
    if runtime == "llama.cpp":
        llm = chat._llama()
    else:
        import torch

        torch.set_num_threads(threads)
        model, tokenizer = chat._loaded()
    out["load_s"] = time.perf_counter() - t0

    messages = _prompt()
    if runtime == "llama.cpp":
        import numpy as np

        prompt = chat._prompt_tokens(messages)
        llm.reset()
        llm.eval(prompt)  # warm-up
        llm.reset()
        t0 = time.perf_counter()
        llm.eval(prompt)
        prefill = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(NEW_TOKENS):  # greedy, no end-of-sequence: always NEW_TOKENS
            llm.eval([int(np.argmax(llm.scores[llm.n_tokens - 1]))])
        decode = time.perf_counter() - t0
        out["prompt_tokens"] = len(prompt)
    else:
        enc = chat._encode(messages)
        with torch.inference_mode():
            model(**enc)  # warm-up
            t0 = time.perf_counter()
            model(**enc)
            prefill = time.perf_counter() - t0
            t0 = time.perf_counter()
            model.generate(**enc, max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS, do_sample=False,
                           pad_token_id=tokenizer.pad_token_id)  # fmt: skip
            decode = time.perf_counter() - t0 - prefill  # generate() prefills too
        out["prompt_tokens"] = int(enc["input_ids"].shape[1])
    out.update(prefill_s=prefill, tok_s=NEW_TOKENS / max(1e-9, decode))

    grounded = _grounded_prompt()
    two = ['The transcript has: at [00:00-00:03] someone says: "We are painting the kitchen blue, part 0."',
           "The transcript does not show this."]  # fmt: skip
    five = [
        *two,
        "Because it is blue.",
        "At [00:01-00:04] the screen shows JACKET.",
        "A new scene starts.",
    ]
    chat.score(grounded, two)  # warm-up
    for key, cands in (("rank2", two), ("rank5", five)):
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            scores = chat.score(grounded, cands)
            times.append(time.perf_counter() - t0)
        out[f"{key}_ms"] = 1000 * statistics.median(times)
        out[f"{key}_pick"] = max(range(len(cands)), key=scores.__getitem__)
    out["grounded_prompt_tokens"] = chat.count_tokens(
        "\n".join(str(m.content) for m in grounded)
    )
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _child(runtime: str, threads: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", runtime, "--threads", str(threads)]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        check=False,
        env=runtime_env(runtime, threads),
    )
    if proc.returncode != 0:
        raise SystemExit(f"{runtime}: worker failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def ask_cold(runtime: str, threads: int, clip: Path, question: str) -> dict:
    """Wall time of a new ``videochat ask`` process (perception already cached) and what it answered."""
    cmd = [
        sys.executable,
        "-m",
        "videochat",
        "ask",
        str(clip),
        question,
        "--json",
        "-q",
    ]
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        check=False,
        env=runtime_env(runtime, threads),
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{runtime}: ask failed:\n{proc.stderr[-2000:]}")
    reply = json.loads(proc.stdout)
    return {"wall_s": wall, "answer": reply["answer"], "candidates": reply["context"].get("candidates"),
            "llm_s": reply["timings"]["llm_s"]}  # fmt: skip


def qa(runtime: str, threads: int, folder: Path) -> dict:
    """qa_bank dev accuracy with this runtime (run unless its JSON is already in folder)."""
    path = folder / f"qa-dev-{runtime}.json"
    if not path.is_file():
        subprocess.run([sys.executable, str(HERE / "qa_bank.py"), "--split", "dev", "--model", "embedded",
                        "--json", str(path)], check=True, stdout=subprocess.DEVNULL,
                       env=runtime_env(runtime, threads))  # fmt: skip
    rows = json.loads(path.read_text())["results"]
    ranked = [r for r in rows if r.get("candidates", 0) > 1]
    return {"ok": sum(r["ok"] for r in rows), "total": len(rows), "s_per_answer": sum(r["seconds"] for r in rows) / len(rows),
            "answers": [r.get("answer") for r in rows], "ranked": len(ranked)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rounds of the in-process measurements (and of --ask)",
    )
    ap.add_argument("--threads", type=int, default=2, help="threads for either runtime")
    ap.add_argument(
        "--ask",
        nargs=2,
        metavar=("CLIP", "QUESTION"),
        help="cold `videochat ask` latency on a perceived clip",
    )
    ap.add_argument(
        "--qa",
        type=Path,
        help="folder for the qa_bank dev runs (reused when their JSON is there)",
    )
    ap.add_argument("--json", type=Path, help="write all numbers here")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.threads)))
        return

    runs: dict[str, list[dict]] = {r: [] for r in RUNTIMES}
    asks: dict[str, list[dict]] = {r: [] for r in RUNTIMES}
    for i in range(args.rounds):
        order = RUNTIMES if i % 2 == 0 else RUNTIMES[::-1]
        for runtime in order:
            runs[runtime].append(_child(runtime, args.threads))
        if args.ask:
            for runtime in order:
                asks[runtime].append(
                    ask_cold(runtime, args.threads, Path(args.ask[0]), args.ask[1])
                )
        print(f"round {i + 1}/{args.rounds} done", file=sys.stderr)

    def med(runtime: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[runtime])

    results: dict = {r: {k: med(r, k) for k in ("load_s", "prefill_s", "tok_s", "rank2_ms", "rank5_ms", "peak_rss_mb",
                                                 "prompt_tokens", "grounded_prompt_tokens")} for r in RUNTIMES}  # fmt: skip
    for r in RUNTIMES:
        results[r]["rank_picks"] = sorted(
            {(x["rank2_pick"], x["rank5_pick"]) for x in runs[r]}
        )
        results[r]["rounds"] = runs[r]
        if args.ask:
            results[r]["ask_cold_s"] = statistics.median(a["wall_s"] for a in asks[r])
            results[r]["ask"] = asks[r]
        if args.qa:
            args.qa.mkdir(parents=True, exist_ok=True)
            results[r]["qa_dev"] = qa(r, args.threads, args.qa)

    rows = [("load, import included (s)", "load_s", "{:.2f}"), ("prompt tokens", "prompt_tokens", "{:.0f}"),
            ("prefill (s)", "prefill_s", "{:.3f}"), ("generation (tok/s)", "tok_s", "{:.1f}"),
            ("grounded prompt tokens", "grounded_prompt_tokens", "{:.0f}"),
            ("ranking, 2 candidates (ms)", "rank2_ms", "{:.0f}"), ("ranking, 5 candidates (ms)", "rank5_ms", "{:.0f}"),
            ("peak RSS (MB)", "peak_rss_mb", "{:.0f}")]  # fmt: skip
    if args.ask:
        rows.append(("ask cold, new process (s)", "ask_cold_s", "{:.2f}"))
    print(
        f"\nmedians of {args.rounds} rounds, {args.threads} threads\n{'':<30}"
        + "".join(f"{r:>16}" for r in RUNTIMES)
    )
    for label, key, fmt in rows:
        print(
            f"{label:<30}"
            + "".join(f"{fmt.format(results[r][key]):>16}" for r in RUNTIMES)
        )
    print(
        f"{'ranking picks (2, 5 cands)':<30}"
        + "".join(f"{results[r]['rank_picks']!s:>16}" for r in RUNTIMES)
    )
    if args.ask:
        for r in RUNTIMES:
            print(
                f"ask answer, {r}: {asks[r][0]['answer']!r} ({asks[r][0]['candidates']} candidates)"
            )
    if args.qa:
        cells = [results[r]["qa_dev"] for r in RUNTIMES]
        acc = [
            f"{c['ok']}/{c['total']} {100 * c['ok'] / c['total']:.0f}%" for c in cells
        ]
        print(f"{'qa_bank dev':<30}" + "".join(f"{a:>16}" for a in acc))
        print(
            f"{'qa_bank dev s/answer':<30}"
            + "".join(f"{c['s_per_answer']:>16.2f}" for c in cells)
        )
        print(
            f"{'qa_bank dev ranked answers':<30}"
            + "".join(f"{c['ranked']:>16}" for c in cells)
        )
        same = sum(
            a == b
            for a, b in zip(cells[0]["answers"], cells[1]["answers"], strict=True)
        )
        print(f"identical answers: {same}/{len(cells[0]['answers'])}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
