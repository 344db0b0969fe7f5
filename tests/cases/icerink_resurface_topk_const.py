# case: pick the fixed number of daily resurfacing windows with the highest accumulated wear using topk with a config k -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_WINDOWS = 4


class WearScorer(nn.Cell):
    def __init__(self, n_features):
        super().__init__()
        self.dense = nn.Dense(n_features, 1)

    def construct(self, feats):
        return ops.relu(self.dense(feats)).squeeze(-1)


class ResurfaceWindowPlanner(nn.Cell):
    def __init__(self, n_features=5, n_windows=DEFAULT_WINDOWS):
        super().__init__()
        self.scorer = WearScorer(n_features)
        self.n_windows = n_windows

    def construct(self, slot_features):
        score = self.scorer(slot_features)
        values, idx = ops.topk(score, self.n_windows)
        idx_sorted, _ = ops.sort(idx.astype(ms.float32))
        return values, idx_sorted.astype(ms.int32)


def make():
    np.random.seed(3118)
    feats = np.random.rand(16, 5).astype(np.float32)
    return ResurfaceWindowPlanner(), (Tensor(feats),)
