# case: picks the k worst defect patches where k is the number of patches over a severity limit, taken with int() of a tensor -> error or dynamic in graph mode (int of tensor as topk k)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstDefectPicker(nn.Cell):
    def __init__(self, severity_limit=0.7):
        super().__init__()
        self.severity_limit = severity_limit
        self.scorer = nn.Dense(8, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, patch_features):
        severity = self.sigmoid(self.scorer(patch_features)).squeeze(-1)
        n_bad = (severity > self.severity_limit).sum()
        k = int(n_bad)
        values, idx = ops.topk(severity, k)
        return values, idx


def make():
    np.random.seed(2)
    feats = np.random.normal(0, 2.0, (20, 8)).astype(np.float32)
    return WorstDefectPicker(severity_limit=0.5), (Tensor(feats),)
