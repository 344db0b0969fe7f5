# case: long-short portfolio ranking assets by momentum with sort and taking the top and bottom third sized from prices.shape -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongShortRanker(nn.Cell):
    def __init__(self, lookback=12, skip=1):
        super().__init__()
        self.lookback = lookback
        self.skip = skip

    def construct(self, prices):
        n_assets = prices.shape[0]
        bucket = n_assets // 3
        mom = prices[:, -1 - self.skip] / prices[:, -self.lookback] - 1.0
        _, order = ops.sort(mom, descending=True)
        longs = order[:bucket]
        shorts = order[n_assets - bucket:]
        w = ops.zeros(n_assets, ms.float32)
        w = ops.tensor_scatter_elements(w, longs, ops.fill(ms.float32, (bucket,), 1.0 / bucket), axis=0)
        w = ops.tensor_scatter_elements(w, shorts, ops.fill(ms.float32, (bucket,), -1.0 / bucket), axis=0)
        return w


def make():
    np.random.seed(38)
    prices = (100.0 * np.cumprod(1.0 + 0.01 * np.random.randn(12, 15), axis=1)).astype(np.float32)
    return LongShortRanker(), (Tensor(prices),)
