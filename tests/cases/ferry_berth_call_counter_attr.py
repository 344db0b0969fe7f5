# case: berth scoring cell counts how many times it was called by writing a Python int attribute on self inside construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthScorer(nn.Cell):
    def __init__(self, n_berths=3):
        super().__init__()
        self.calls = 0
        self.weights = ms.Parameter(Tensor(np.linspace(1.0, 0.5, n_berths).astype(np.float32)), name="w")
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, eta_gap, draft_margin):
        self.calls = self.calls + 1
        raw = -ops.abs(eta_gap) * self.weights + draft_margin
        return self.softmax(raw)


def make():
    np.random.seed(11)
    gap = Tensor(np.random.uniform(-30, 30, size=(5, 3)).astype(np.float32))
    margin = Tensor(np.random.uniform(0, 2, size=(5, 3)).astype(np.float32))
    return BerthScorer(), (gap, margin)
