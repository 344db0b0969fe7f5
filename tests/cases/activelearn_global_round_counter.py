# case: acquisition function increments a module-level global round counter inside construct to anneal the pseudo-label threshold -> global state mutated in construct, error or frozen constant in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ACQ_ROUND = 0


class AnnealedPseudoLabel(nn.Cell):
    def __init__(self, start_thr=0.95, end_thr=0.7, total_rounds=10):
        super().__init__()
        self.start_thr = start_thr
        self.end_thr = end_thr
        self.total_rounds = total_rounds

    def construct(self, logits):
        global ACQ_ROUND
        ACQ_ROUND = ACQ_ROUND + 1
        frac = min(ACQ_ROUND / self.total_rounds, 1.0)
        thr = self.start_thr + (self.end_thr - self.start_thr) * frac
        probs = ops.softmax(logits, axis=-1)
        conf = probs.max(axis=-1)
        mask = (conf >= thr).astype(ms.float32)
        return probs.argmax(axis=-1), mask


def make():
    np.random.seed(18)
    logits = Tensor(np.random.randn(14, 3).astype(np.float32) * 3.0)
    return AnnealedPseudoLabel(), (logits,)
