"""The note-findings classifier: sentence probabilities, thresholds and explanations.

``FindingsClassifier`` is the model side the engine drives; it knows nothing of asyncio.
Sequences are token-id lists; batches are padded only to their own longest sequence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from models.artifacts import ModelMeta, read_meta
from models.loading import DeviceChoice, choose_device, load_sequence_classifier, load_tokenizer
from schemas.finding import Finding

__all__ = ["FindingsClassifier", "aggregate_note"]

# a lone UTF-16 surrogate (JSON allows "\ud800") cannot be tokenised: it is read as U+FFFD
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL = frozenset({"[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]", "<s>", "</s>", "<pad>"})


class FindingsClassifier:
    """A multi-label sequence classifier with per-label thresholds."""

    def __init__(
        self,
        model: PreTrainedModel,
        tokenizer: PreTrainedTokenizerBase,
        meta: ModelMeta,
        choice: DeviceChoice,
        max_length: int | None = None,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.meta = meta
        self.choice = choice
        self.max_length = max_length or meta.max_length
        self.thresholds = np.asarray(meta.thresholds, dtype=np.float32)
        self.pad_id = int(tokenizer.pad_token_id or 0)

    @classmethod
    def load(
        cls,
        model_dir: Path,
        *,
        tokenizer_dir: Path | None = None,
        device: str = "auto",
        threads: int | None = None,
        max_length: int | None = None,
    ) -> FindingsClassifier:
        meta = read_meta(model_dir)
        choice = choose_device(device, threads)
        has_tok = (model_dir / "tokenizer_config.json").is_file()
        tokenizer = load_tokenizer(model_dir if has_tok or tokenizer_dir is None else tokenizer_dir)
        id2label = dict(enumerate(meta.labels))
        model = load_sequence_classifier(
            model_dir, num_labels=len(meta.labels), id2label=id2label, choice=choice
        )
        model.requires_grad_(False)  # inference only: explanations need input grads alone
        return cls(model, tokenizer, meta, choice, max_length)

    @property
    def model_id(self) -> str:
        return self.meta.model_id

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids with special tokens, truncated to ``max_length``, unpadded."""
        if not texts:
            return []
        enc = self.tokenizer(
            [_LONE_SURROGATE.sub("\ufffd", text) for text in texts], truncation=True, max_length=self.max_length, padding=False
        )
        return [list(ids) for ids in enc["input_ids"]]

    def _pad(self, batch: Sequence[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(ids) for ids in batch)
        ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for row, seq in enumerate(batch):
            ids[row, : len(seq)] = torch.as_tensor(seq, dtype=torch.long)
            mask[row, : len(seq)] = 1
        device = self.choice.device
        return ids.to(device, non_blocking=True), mask.to(device, non_blocking=True)

    def probabilities(self, batch: Sequence[Sequence[int]]) -> np.ndarray:
        """Sigmoid probabilities, shape (len(batch), n_labels), float32."""
        if not batch:
            return np.zeros((0, len(self.meta.labels)), dtype=np.float32)
        ids, mask = self._pad(batch)
        with torch.inference_mode():
            logits = self.model(input_ids=ids, attention_mask=mask).logits
            return torch.sigmoid(logits.float()).cpu().numpy()

    def explain(
        self, items: Sequence[tuple[Sequence[int], int]], top_k: int = 3
    ) -> list[tuple[str, ...]]:
        """Most influential words per (token ids, label index): gradient x input, one pass."""
        if not items:
            return []
        ids, mask = self._pad([seq for seq, _ in items])
        labels = torch.as_tensor([label for _, label in items], device=ids.device)
        with torch.enable_grad():
            embeds = self.model.get_input_embeddings()(ids).detach().requires_grad_(True)
            logits = self.model(inputs_embeds=embeds, attention_mask=mask).logits
            logits.gather(1, labels[:, None]).sum().backward()
            grad = embeds.grad if embeds.grad is not None else torch.zeros_like(embeds)
            scores = (grad * embeds).detach().float().sum(-1).abs().cpu().numpy()
        return [self._top_words(seq, scores[row], top_k) for row, (seq, _) in enumerate(items)]

    def _top_words(self, seq: Sequence[int], scores: np.ndarray, top_k: int) -> tuple[str, ...]:
        tokens = self.tokenizer.convert_ids_to_tokens(list(seq))
        words: list[list[object]] = []  # [text, score]
        for token, score in zip(tokens, scores[: len(tokens)], strict=True):
            if token in _SPECIAL:
                continue
            if token.startswith("##") and words:
                words[-1][0] = f"{words[-1][0]}{token[2:]}"
                words[-1][1] = float(words[-1][1]) + float(score)  # type: ignore[arg-type]
            else:
                words.append([token, float(score)])
        content = [w for w in words if any(ch.isalnum() for ch in str(w[0]))]
        content.sort(key=lambda w: -float(w[1]))  # type: ignore[arg-type]
        seen: list[str] = []
        for text, _ in content:
            if text not in seen:
                seen.append(str(text))
            if len(seen) == top_k:
                break
        return tuple(seen)


def aggregate_note(
    sentences: Sequence[str],
    probs: np.ndarray,
    thresholds: np.ndarray,
    labels: Sequence[str],
    model_id: str,
    event_id: str | None,
    tokens: dict[tuple[int, int], tuple[str, ...]] | None = None,
) -> list[Finding]:
    """Per label, the max over the note's sentences when at or above the threshold."""
    if len(sentences) == 0:
        return []
    best_rows = probs.argmax(axis=0)
    findings: list[Finding] = []
    for label_idx, label in enumerate(labels):
        row = int(best_rows[label_idx])
        p = float(probs[row, label_idx])
        if p < float(thresholds[label_idx]):
            continue
        findings.append(
            Finding(
                label=label,  # type: ignore[arg-type]
                probability=round(p, 4),
                text=sentences[row],
                model=model_id,
                event_id=event_id,
                tokens=(tokens or {}).get((row, label_idx), ()),
            )
        )
    return findings
