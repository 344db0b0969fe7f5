# case: take the 5 worst loaves of each conveyor batch for manual re-inspection (constant k) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstLoavesPerBatch(nn.Cell):
    def __init__(self, n_feat=16, k=5):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(n_feat, 8), nn.ReLU(), nn.Dense(8, 1), nn.Sigmoid()])
        self.k = k

    def construct(self, loaf_feats):
        b, n, f = loaf_feats.shape
        scores = self.scorer(loaf_feats.reshape(b * n, f)).reshape(b, n)
        worst, idx = ops.topk(scores, self.k)
        return worst, idx


def make():
    np.random.seed(12)
    feats = np.random.randn(4, 30, 16).astype(np.float32)
    return WorstLoavesPerBatch(), (Tensor(feats),)
