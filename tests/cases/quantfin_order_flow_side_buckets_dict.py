# case: aggregate signed order flow into a dict keyed by trade side read with int() from the side tensor, then compute buy/sell imbalance from the dict -> dict keyed by tensor values built in a loop, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrderFlowImbalance(nn.Cell):
    def __init__(self, n_trades=16):
        super().__init__()
        self.n_trades = n_trades

    def bucket(self, side, size):
        buckets = {1: 0.0, -1: 0.0}
        for i in range(self.n_trades):
            key = int(side[i])
            buckets[key] = buckets[key] + size[i]
        return buckets

    def construct(self, side, size, price):
        b = self.bucket(side, size)
        buy, sell = b[1], b[-1]
        ofi = (buy - sell) / (buy + sell + 1e-9)
        vwap = (price * size).sum() / size.sum()
        return ofi, vwap


def make():
    np.random.seed(40)
    side = Tensor(np.random.choice([-1, 1], 16).astype(np.int32))
    size = Tensor(np.random.randint(1, 100, 16).astype(np.float32))
    price = Tensor((100 + np.random.randn(16) * 0.05).astype(np.float32))
    return OrderFlowImbalance(), (side, size, price)
