# case: softmax portfolio weights with per-asset cap, clipping and iterative renormalisation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreHead(nn.Cell):
    def __init__(self, n_features=6, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(n_features, hidden), nn.ReLU(), nn.Dense(hidden, 1))

    def construct(self, feats):
        return self.net(feats).squeeze(-1)


class CappedAllocator(nn.Cell):
    """Long-only weights: softmax of scores, each capped at max_weight, renormalised."""

    def __init__(self, n_features=6, max_weight=0.3, n_iter=3, temperature=0.5):
        super().__init__()
        self.head = ScoreHead(n_features)
        self.max_weight = max_weight
        self.n_iter = n_iter
        self.temperature = temperature

    def cap(self, w):
        for _ in range(self.n_iter):
            w = ops.clip_by_value(w, 0.0, self.max_weight)
            w = w / w.sum(axis=-1, keepdims=True)
        return w

    def construct(self, feats):
        scores = self.head(feats)
        w = ops.softmax(scores / self.temperature, axis=-1)
        return self.cap(w)


def make():
    np.random.seed(21)
    ms.set_seed(21)
    feats = np.random.randn(2, 8, 6).astype(np.float32)
    return CappedAllocator(), (Tensor(feats),)
