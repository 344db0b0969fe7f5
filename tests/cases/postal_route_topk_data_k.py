# case: courier dispatch picks the k most delayed stops where k is the number of late stops computed from the data and converted with int() -> top-k size from tensor value, rejected or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateStopPicker(nn.Cell):
    def __init__(self, n_feat=5, late_minutes=10.0):
        super().__init__()
        self.delay_head = nn.Dense(n_feat, 1)
        self.late_minutes = late_minutes

    def construct(self, stop_feats, planned_eta):
        delay = ops.relu(self.delay_head(stop_feats).squeeze(-1)) * 20.0
        n_late = int((delay > self.late_minutes).sum())
        worst, idx = ops.topk(delay, n_late)
        return worst, planned_eta[idx]


def make():
    np.random.seed(111)
    feats = Tensor(np.random.randn(15, 5).astype(np.float32))
    eta = Tensor(np.sort(np.random.rand(15) * 240).astype(np.float32))
    return LateStopPicker(), (feats, eta)
