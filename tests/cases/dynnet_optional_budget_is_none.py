# case: compute-budgeted encoder takes an optional budget mask and tests it with "is None", falling back to running every layer -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BudgetedEncoder(nn.Cell):
    def __init__(self, dim=12, depth=3):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])
        self.depth = depth

    def run_layer(self, i, x, budget):
        y = x + ops.relu(self.layers[i](x))
        if budget is None:
            return y
        m = budget[:, i:i + 1]
        return m * y + (1.0 - m) * x

    def construct(self, x, budget=None):
        for i in range(self.depth):
            x = self.run_layer(i, x, budget)
        return x


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    budget = Tensor(np.array([[1, 1, 1], [1, 0, 0], [1, 1, 0], [0, 0, 0]], dtype=np.float32))
    return BudgetedEncoder(), (x, budget)
