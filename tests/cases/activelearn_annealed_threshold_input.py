# case: pseudo-label threshold annealed from a round index passed in as a tensor and computed with tensor arithmetic, mask kept fixed-size -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealedPseudoLabel(nn.Cell):
    def __init__(self, start_thr=0.95, end_thr=0.7, total_rounds=10):
        super().__init__()
        self.start_thr = start_thr
        self.end_thr = end_thr
        self.total_rounds = float(total_rounds)

    def threshold(self, round_idx):
        frac = ops.clamp(round_idx.astype(ms.float32) / self.total_rounds, 0.0, 1.0)
        return self.start_thr + (self.end_thr - self.start_thr) * frac

    def construct(self, logits, round_idx):
        thr = self.threshold(round_idx)
        probs = ops.softmax(logits, axis=-1)
        conf = probs.max(axis=-1)
        mask = (conf >= thr).astype(ms.float32)
        return probs.argmax(axis=-1), mask, thr


def make():
    np.random.seed(18)
    logits = Tensor(np.random.randn(14, 3).astype(np.float32) * 3.0)
    return AnnealedPseudoLabel(), (logits, Tensor(4, ms.int32))
