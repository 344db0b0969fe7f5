# case: mark parts as rejected with ops.select against a fixed threshold and count rejects with a float sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineRejectGate(nn.Cell):
    def __init__(self, n_features=8, reject_threshold=0.5):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(n_features, 16), nn.ReLU(), nn.Dense(16, 1)])
        self.reject_threshold = reject_threshold

    def _score(self, x):
        return ops.sigmoid(self.scorer(x)).squeeze(-1)

    def construct(self, x):
        score = self._score(x)
        over = score > self.reject_threshold
        flags = ops.select(over, ops.ones_like(score), ops.zeros_like(score))
        n_reject = flags.sum()
        reject_rate = n_reject / score.shape[0]
        safe_score = ops.select(over, ops.zeros_like(score), score)
        return flags, reject_rate, safe_score


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(20, 8).astype(np.float32))
    return LineRejectGate(), (x,)
