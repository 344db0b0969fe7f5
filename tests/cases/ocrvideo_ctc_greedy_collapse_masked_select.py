# case: CTC greedy decoder collapses repeats and drops blanks with masked_select -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHead(nn.Cell):
    def __init__(self, in_channels=32, num_classes=37):
        super().__init__()
        self.fc = nn.Dense(in_channels, num_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, feats):
        return self.softmax(self.fc(feats))


class GreedyCTCRecognizer(nn.Cell):
    def __init__(self, in_channels=32, num_classes=37, blank_id=0):
        super().__init__()
        self.head = CTCHead(in_channels, num_classes)
        self.blank_id = blank_id

    def _collapse(self, ids):
        # keep a position if it differs from the previous one
        prev = ops.concat((ops.full((1,), -1, dtype=ms.int32), ids[:-1]))
        return ids != prev

    def construct(self, feats):
        probs = self.head(feats)[0]  # (T, C) for the first image
        ids = ops.argmax(probs, dim=-1).astype(ms.int32)
        keep = self._collapse(ids) & (ids != self.blank_id)
        text_ids = ops.masked_select(ids, keep)
        scores = ops.masked_select(ops.max(probs, axis=-1)[0], keep)
        return text_ids, scores.mean()


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(1, 24, 32).astype(np.float32))
    return GreedyCTCRecognizer(), (feats,)
