# case: berth planner sorts candidate slot scores and keeps a shortlist of constant length via a literal slice -> full sort plus constant slice is static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotShortlist(nn.Cell):
    def __init__(self, shortlist=3):
        super().__init__()
        self.shortlist = shortlist

    def score(self, eta_gap, tide_margin):
        return ops.exp(-ops.abs(eta_gap) / 30.0) * ops.sigmoid(tide_margin)

    def construct(self, eta_gap, tide_margin):
        s = self.score(eta_gap, tide_margin)
        vals, order = ops.sort(s, axis=-1, descending=True)
        return vals[:, :self.shortlist], order[:, :self.shortlist]


def make():
    np.random.seed(38)
    gap = Tensor(np.random.uniform(-60, 60, size=(2, 8)).astype(np.float32))
    tide = Tensor(np.random.randn(2, 8).astype(np.float32))
    return SlotShortlist(), (gap, tide)
