# case: down-weights the first grid row when its header score passes a threshold using a tensor if whose branches keep the same shape -> static shapes in Graph mode (control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaderDownWeighter(nn.Cell):
    def __init__(self, hidden=8, threshold=0.0, header_weight=0.1):
        super().__init__()
        self.header_head = nn.Dense(hidden, 1)
        self.threshold = threshold
        self.header_weight = header_weight

    def construct(self, grid):
        rows = grid.shape[0]
        first = grid[0].mean(axis=0, keep_dims=True)
        score = self.header_head(first).reshape(())
        if score > self.threshold:
            w0 = self.header_weight
        else:
            w0 = 1.0
        weights = ops.ones((rows,), ms.float32)
        weights[0] = w0
        body = grid.mean(axis=1) * weights.reshape(rows, 1)
        return body


def make():
    np.random.seed(18)
    grid = Tensor(np.random.randn(7, 5, 8).astype(np.float32))
    return HeaderDownWeighter(), (grid,)
