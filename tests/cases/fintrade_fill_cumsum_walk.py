# case: computes market-order execution cost over a fixed-depth ask book with cumsum and clipping, no data-dependent loop -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SweepCost(nn.Cell):
    def __init__(self, depth=10):
        super().__init__()
        self.depth = depth

    def construct(self, ask_px, ask_qty, order_qty):
        cum = ops.cumsum(ask_qty, axis=0)
        prev = cum - ask_qty
        take = ops.clip_by_value(order_qty - prev, ops.zeros_like(ask_qty), ask_qty)
        cost = (take * ask_px).sum()
        filled = take.sum()
        avg_px = cost / (filled + 1e-6)
        slippage = avg_px - ask_px[0]
        return cost, slippage, order_qty - filled


def make():
    np.random.seed(13)
    ask_px = (100.0 + 0.01 * np.arange(1, 11)).astype(np.float32)
    ask_qty = np.random.randint(10, 60, size=(10,)).astype(np.float32)
    return SweepCost(depth=10), (Tensor(ask_px), Tensor(ask_qty), Tensor(np.float32(120.0)))
