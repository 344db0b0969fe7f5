# case: reaction feasibility model converts the predicted log-yield to a Python float and uses math.exp to compute a confidence -> host conversion of tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeasibilityHead(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.body = nn.SequentialCell(nn.Dense(2 * dim, dim), nn.ReLU(), nn.Dense(dim, 1))

    def construct(self, reactant_vec, product_vec):
        x = ops.concat((reactant_vec, product_vec), axis=-1)
        log_yield = self.body(x).mean()
        yield_frac = math.exp(float(log_yield))
        conf = 1.0 - abs(0.5 - yield_frac)
        return log_yield * conf


def make():
    np.random.seed(20)
    r = Tensor(np.random.randn(1, 16).astype(np.float32) * 0.1)
    p = Tensor(np.random.randn(1, 16).astype(np.float32) * 0.1)
    return FeasibilityHead(), (r, p)
