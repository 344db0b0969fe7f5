# case: cross-sectional momentum, long the top-k assets with k from config, weights scattered back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumSelector(nn.Cell):
    """12-1 momentum: rank by past return skipping the last period, hold the top k equally."""

    def __init__(self, top_k=3, skip=1):
        super().__init__()
        self.top_k = top_k
        self.skip = skip

    def momentum(self, prices):
        end = prices.shape[0] - 1 - self.skip
        return prices[end] / prices[0] - 1.0

    def construct(self, prices):
        mom = self.momentum(prices)
        _, idx = ops.topk(mom, self.top_k)
        n_assets = prices.shape[1]
        onehot = ops.one_hot(idx, n_assets, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        weights = onehot.sum(axis=0) / self.top_k
        return weights, idx


def make():
    np.random.seed(22)
    steps = 1.0 + 0.02 * np.random.randn(13, 8)
    prices = (100 * np.cumprod(steps, axis=0)).astype(np.float32)
    return MomentumSelector(), (Tensor(prices),)
