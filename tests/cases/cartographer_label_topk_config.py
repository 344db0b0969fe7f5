# case: select a fixed number of best label positions per feature with top-k from a config constant -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlacementConfig:
    max_labels = 8
    overlap_penalty = 0.5


class LabelPlacer(nn.Cell):
    def __init__(self, cfg=PlacementConfig(), n_features=6):
        super().__init__()
        self.k = cfg.max_labels
        self.penalty = cfg.overlap_penalty
        self.score = nn.Dense(n_features, 1)

    def construct(self, candidates, overlap):
        s = self.score(candidates).squeeze(-1) - self.penalty * overlap
        best, idx = ops.topk(s, self.k)
        chosen = ops.gather(candidates, idx, 0)
        return best, chosen


def make():
    np.random.seed(16)
    feats = np.random.randn(40, 6).astype(np.float32)
    overlap = np.random.rand(40).astype(np.float32)
    return LabelPlacer(), (Tensor(feats), Tensor(overlap))
