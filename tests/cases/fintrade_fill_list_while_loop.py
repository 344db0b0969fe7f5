# case: walks the ask book level by level while the remaining market-order quantity is positive, appending fills to a Python list -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarketOrderWalker(nn.Cell):
    def __init__(self, depth=10):
        super().__init__()
        self.depth = depth

    def construct(self, ask_px, ask_qty, order_qty):
        remaining = order_qty
        fills = []
        level = 0
        while remaining > 0 and level < self.depth:
            take = ops.minimum(remaining, ask_qty[level])
            fills.append(take * ask_px[level])
            remaining = remaining - take
            level = level + 1
        cost = ops.stack(fills).sum()
        return cost, remaining


def make():
    np.random.seed(12)
    ask_px = (100.0 + 0.01 * np.arange(1, 11)).astype(np.float32)
    ask_qty = np.random.randint(10, 60, size=(10,)).astype(np.float32)
    return MarketOrderWalker(), (Tensor(ask_px), Tensor(ask_qty), Tensor(np.float32(120.0)))
