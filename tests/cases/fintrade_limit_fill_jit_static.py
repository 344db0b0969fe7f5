# case: jit function deciding limit-order fills with tensor comparisons and ops.where, returning fill quantity and notional -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def limit_fills(limit_px, best_ask, ask_qty, order_qty):
    marketable = best_ask <= limit_px
    fill = ops.minimum(order_qty, ask_qty)
    fill = ops.where(marketable, fill, ops.zeros_like(fill))
    notional = fill * best_ask
    fill_ratio = fill.sum() / (order_qty.sum() + 1e-6)
    return fill, notional, fill_ratio


def make():
    np.random.seed(30)
    limit_px = Tensor((100.02 + 0.01 * np.random.randn(6)).astype(np.float32))
    best_ask = Tensor((100.0 + 0.01 * np.random.randint(0, 5, size=(6,))).astype(np.float32))
    ask_qty = Tensor(np.random.randint(1, 50, size=(6,)).astype(np.float32))
    order_qty = Tensor(np.random.randint(1, 50, size=(6,)).astype(np.float32))
    return limit_fills, (limit_px, best_ask, ask_qty, order_qty)
