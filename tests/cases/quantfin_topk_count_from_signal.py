# case: select the top-k assets by score where k is the number of assets with positive momentum, read with int() -> topk with a data-dependent k, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumSelector(nn.Cell):
    def __init__(self, lookback=20):
        super().__init__()
        self.lookback = lookback

    def momentum(self, prices):
        return prices[-1] / prices[-self.lookback] - 1.0

    def construct(self, prices):
        mom = self.momentum(prices)
        k = int((mom > 0).sum())
        vals, idx = ops.topk(mom, k)
        w = ops.softmax(vals * 10.0, axis=0)
        return w, idx


def make():
    np.random.seed(9)
    px = 50 * np.exp(np.cumsum(np.random.randn(30, 10) * 0.02, axis=0))
    return MomentumSelector(), (Tensor(px.astype(np.float32)),)
