# case: allocate a fill buffer sized by the number of nonzero trade signals and fill it with slipped prices -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExecutionBlotter(nn.Cell):
    """Simulates fills with slippage for every nonzero order signal."""

    def __init__(self, slippage_bps=5.0, max_orders=16):
        super().__init__()
        self.slippage = slippage_bps * 1e-4
        self.max_orders = max_orders

    def order_count(self, signals):
        return (signals != 0).astype(ms.int32).sum()

    def construct(self, signals, mid_prices):
        n = self.order_count(signals)
        fills = ops.zeros((n,), ms.float32)
        order_idx = ops.argsort(-ops.abs(signals).astype(ms.float32))[:n]
        side = ops.sign(ops.gather(signals, order_idx, 0)).astype(ms.float32)
        fills = fills + ops.gather(mid_prices, order_idx, 0) * (1.0 + side * self.slippage)
        return fills.sum(), fills


def make():
    sig = np.array([0, 1, 0, -2, 0, 0, 3, 0, -1, 0], np.int32)
    mid = np.linspace(20, 30, 10).astype(np.float32)
    return ExecutionBlotter(), (Tensor(sig), Tensor(mid))
