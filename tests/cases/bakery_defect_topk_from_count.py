# case: take the k worst loaves for manual re-inspection, k = number of loaves over the reject score (from data, via .item()) -> data-dependent top-k size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReinspectionPicker(nn.Cell):
    def __init__(self, n_feat=16, reject=0.5, max_pick=10):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(n_feat, 8), nn.ReLU(), nn.Dense(8, 1), nn.Sigmoid()])
        self.reject = reject
        self.max_pick = max_pick

    def construct(self, loaf_feats):
        scores = self.scorer(loaf_feats).squeeze(-1)
        n_bad = (scores > self.reject).astype(ms.int32).sum()
        k = min(n_bad.item(), self.max_pick)
        k = max(k, 1)
        worst, idx = ops.topk(scores, k)
        return worst, idx


def make():
    np.random.seed(10)
    feats = np.random.randn(40, 16).astype(np.float32)
    return ReinspectionPicker(), (Tensor(feats),)
