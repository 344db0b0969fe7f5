# case: hide defect mapper keeps the top 5 worst grain defects, N fixed in config -> static top-k, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectScorer(nn.Cell):
    def __init__(self, n_features=12):
        super().__init__()
        self.proj = nn.Dense(n_features, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, patches):
        return self.sigmoid(self.proj(patches)).squeeze(-1)


class WorstDefectPicker(nn.Cell):
    def __init__(self, n_features=12, severity_gain=1.5, n_keep=5):
        super().__init__()
        self.scorer = DefectScorer(n_features)
        self.severity_gain = severity_gain
        self.n_keep = n_keep

    def construct(self, patches, defect_count):
        scores = self.scorer(patches) * self.severity_gain
        worst, idx = ops.topk(scores, self.n_keep)
        weight = ops.cast(defect_count, ms.float32) / 10.0
        return worst * weight, idx


def make():
    np.random.seed(3072)
    patches = Tensor(np.random.rand(64, 12).astype(np.float32))
    count = Tensor(np.array(5, dtype=np.int32))
    return WorstDefectPicker(), (patches, count)
