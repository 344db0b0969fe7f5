# case: picks top-k assets by momentum where k is the number of assets with positive momentum (k from tensor value) -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumSelector(nn.Cell):
    def __init__(self, lookback=5):
        super().__init__()
        self.lookback = lookback

    def momentum(self, prices):
        return prices[:, -1] / prices[:, -self.lookback] - 1.0

    def construct(self, prices):
        mom = self.momentum(prices)
        k = int((mom > 0).sum())
        values, idx = ops.topk(mom, k)
        weights = ops.softmax(values, axis=0)
        return idx, weights


def make():
    np.random.seed(0)
    prices = np.cumprod(1.0 + 0.02 * np.random.randn(12, 20), axis=1).astype(np.float32) * 100.0
    return MomentumSelector(lookback=5), (Tensor(prices),)
