# case: lock cycle model stores the last observed fill time on self inside construct for later inspection -> attribute of self written in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CycleTimer(nn.Cell):
    def __init__(self, hidden=6):
        super().__init__()
        self.enc = nn.Dense(4, hidden)
        self.head = nn.Dense(hidden, 1)
        self.last_fill_time = None

    def construct(self, cycle_feats):
        h = ops.relu(self.enc(cycle_feats))
        fill_time = self.head(h).squeeze(-1)
        self.last_fill_time = fill_time.mean()
        return fill_time


def make():
    np.random.seed(111)
    ms.set_seed(111)
    feats = np.random.randn(9, 4).astype(np.float32)
    return CycleTimer(), (Tensor(feats),)
