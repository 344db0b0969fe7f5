# case: picks a fixed number of worst defect patches with top-k where k comes from the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKDefectPicker(nn.Cell):
    def __init__(self, in_features=8, report_k=5):
        super().__init__()
        self.report_k = report_k
        self.scorer = nn.Dense(in_features, 1)
        self.sigmoid = nn.Sigmoid()

    def score(self, patch_features):
        return self.sigmoid(self.scorer(patch_features)).squeeze(-1)

    def construct(self, patch_features, patch_xy):
        severity = self.score(patch_features)
        values, idx = ops.topk(severity, self.report_k)
        where = ops.gather(patch_xy, idx, 0)
        return values, where


def make():
    np.random.seed(3)
    feats = np.random.normal(0, 2.0, (20, 8)).astype(np.float32)
    xy = np.random.uniform(0, 700, (20, 2)).astype(np.float32)
    return FixedKDefectPicker(), (Tensor(feats), Tensor(xy))
