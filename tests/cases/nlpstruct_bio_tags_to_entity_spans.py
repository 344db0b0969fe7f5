# case: decode BIO tag ids into entity span triples with a Python id2label dict and per-element int() loops -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ID2LABEL = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-LOC", 4: "I-LOC"}


class NERDecoder(nn.Cell):
    def __init__(self, hidden=8, id2label=None):
        super().__init__()
        self.id2label = id2label or ID2LABEL
        self.classifier = nn.Dense(hidden, len(self.id2label))

    def _to_spans(self, tag_ids):
        spans = []
        start, kind = -1, ""
        for i in range(tag_ids.shape[0]):
            label = self.id2label[int(tag_ids[i])]
            if label.startswith("B-") or label == "O":
                if start >= 0:
                    spans.append((start, i - 1, kind))
                start, kind = (i, label[2:]) if label != "O" else (-1, "")
        if start >= 0:
            spans.append((start, tag_ids.shape[0] - 1, kind))
        return spans

    def construct(self, features):
        tags = self.classifier(features).argmax(-1)
        spans = self._to_spans(tags[0])
        return tags, len(spans)


def make():
    np.random.seed(0)
    return NERDecoder(), (Tensor(np.random.randn(1, 6, 8).astype(np.float32)),)
