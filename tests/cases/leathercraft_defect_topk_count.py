# case: hide defect mapper keeps the top-N worst grain defects where N is read from the defect counter tensor -> top-k size from data, Graph mode should reject or go dynamic
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
    def __init__(self, n_features=12, severity_gain=1.5):
        super().__init__()
        self.scorer = DefectScorer(n_features)
        self.severity_gain = severity_gain

    def construct(self, patches, defect_count):
        scores = self.scorer(patches) * self.severity_gain
        n_keep = int(defect_count)
        worst, idx = ops.topk(scores, n_keep)
        return worst, idx


def make():
    np.random.seed(3071)
    patches = Tensor(np.random.rand(64, 12).astype(np.float32))
    count = Tensor(np.array(5, dtype=np.int32))
    return WorstDefectPicker(), (patches, count)
