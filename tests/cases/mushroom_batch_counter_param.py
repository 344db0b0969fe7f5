# case: count inspection batches with a non-trainable Parameter updated through ops.assign_add in construct -> Parameter side effect, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CapSizeRegressor(nn.Cell):
    def __init__(self, n_feats=6, hidden=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feats, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.batches_seen = Parameter(Tensor(0, ms.int32), name="batches_seen", requires_grad=False)
        self.one = Tensor(1, ms.int32)

    def construct(self, feats):
        ops.assign_add(self.batches_seen, self.one)
        diam_mm = self.body(feats).squeeze(-1) * 10.0 + 30.0
        return diam_mm


def make():
    np.random.seed(323)
    feats = Tensor(np.random.rand(8, 6).astype(np.float32))
    return CapSizeRegressor(), (feats,)
