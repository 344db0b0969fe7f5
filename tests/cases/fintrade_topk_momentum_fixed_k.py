# case: top-k momentum portfolio with k fixed in the constructor and a positive-momentum mask multiplied in -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKMomentumPortfolio(nn.Cell):
    def __init__(self, top_k=4, lookback=10):
        super().__init__()
        self.top_k = top_k
        self.lookback = lookback

    def momentum(self, prices):
        return ops.log(prices[:, -1]) - ops.log(prices[:, -self.lookback])

    def construct(self, prices):
        mom = self.momentum(prices)
        values, idx = ops.topk(mom, self.top_k)
        keep = (values > 0).astype(ms.float32)
        raw = ops.exp(values) * keep
        weights = raw / (raw.sum() + 1e-8)
        return idx, weights


def make():
    np.random.seed(1)
    prices = np.cumprod(1.0 + 0.01 * np.random.randn(16, 30), axis=1).astype(np.float32) * 50.0
    return TopKMomentumPortfolio(top_k=4, lookback=10), (Tensor(prices),)
