# case: evaluation cell prints a constant header string and the centipawn tensor as separate print arguments -> plain print of tensor, supported, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentipawnEval(nn.Cell):
    def __init__(self, dim=32, verbose=True):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(dim, 32), nn.ReLU(), nn.Dense(32, 1)])
        self.verbose = verbose

    def construct(self, features):
        win_prob = ops.sigmoid(self.body(features))
        cp = 400.0 * ops.log(win_prob / (1.0 - win_prob)) / 2.302585
        if self.verbose:
            print("eval (cp):", cp)
        return cp


def make():
    np.random.seed(27)
    return CentipawnEval(), (Tensor(np.random.randn(1, 32).astype(np.float32)),)
