# case: per-sample compute budget turned into a depth mask by comparing an arange against the predicted budget, every layer runs and is masked -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthBudgetNet(nn.Cell):
    def __init__(self, dim=16, max_depth=4):
        super().__init__()
        self.budget_head = nn.Dense(dim, 1)
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(max_depth)])
        self.max_depth = max_depth
        self.depth_ids = Tensor(np.arange(max_depth, dtype=np.float32))

    def predicted_depth(self, x):
        frac = ops.sigmoid(self.budget_head(x))
        return ops.ceil(frac * self.max_depth)

    def construct(self, x):
        depth = self.predicted_depth(x)
        active = (self.depth_ids.expand_dims(0) < depth).astype(x.dtype)
        for i in range(self.max_depth):
            y = ops.relu(self.layers[i](x)) + x
            m = active[:, i:i + 1]
            x = m * y + (1 - m) * x
        flops = active.sum(axis=1)
        return x, flops


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(5, 16).astype(np.float32))
    return DepthBudgetNet(), (x,)
