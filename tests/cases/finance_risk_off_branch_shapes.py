# case: risk-off branch on realised vol keeps only defensive assets, so branches return different shapes -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegimeAllocator(nn.Cell):
    """Softmax allocation; in a high-vol regime only the first n_defensive assets are held."""

    def __init__(self, vol_threshold=0.02, n_defensive=2, temperature=1.0):
        super().__init__()
        self.vol_threshold = vol_threshold
        self.n_defensive = n_defensive
        self.temperature = temperature

    def allocate(self, scores):
        return ops.softmax(scores / self.temperature, axis=-1)

    def construct(self, scores, recent_returns):
        vol = recent_returns.std()
        if vol > self.vol_threshold:
            weights = self.allocate(scores[:self.n_defensive])
        else:
            weights = self.allocate(scores)
        return weights


def make():
    np.random.seed(11)
    scores = np.random.randn(6).astype(np.float32)
    rets = (0.03 * np.random.randn(20)).astype(np.float32)
    return RegimeAllocator(), (Tensor(scores), Tensor(rets))
