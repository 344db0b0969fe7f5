# case: reaction feasibility model computes the confidence from the predicted log-yield with ops.exp and ops.abs, staying in tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeasibilityHead(nn.Cell):
    def __init__(self, dim=16, target=0.5):
        super().__init__()
        self.body = nn.SequentialCell(nn.Dense(2 * dim, dim), nn.ReLU(), nn.Dense(dim, 1))
        self.target = target

    def confidence(self, log_yield):
        return 1.0 - ops.abs(self.target - ops.exp(log_yield))

    def construct(self, reactant_vec, product_vec):
        x = ops.concat((reactant_vec, product_vec), axis=-1)
        log_yield = self.body(x).mean()
        return log_yield * self.confidence(log_yield)


def make():
    np.random.seed(21)
    r = Tensor(np.random.randn(1, 16).astype(np.float32) * 0.1)
    p = Tensor(np.random.randn(1, 16).astype(np.float32) * 0.1)
    return FeasibilityHead(), (r, p)
