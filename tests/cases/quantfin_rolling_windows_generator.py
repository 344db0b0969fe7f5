# case: rolling mean returns computed by a helper generator that yields consecutive windows of the price history, consumed with a list comprehension -> Python generator with yield called from construct, unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sliding_windows(x, window, stride):
    t = x.shape[0]
    for start in range(0, t - window + 1, stride):
        yield x[start:start + window]


class RollingMeanReturn(nn.Cell):
    def __init__(self, window=5, stride=5):
        super().__init__()
        self.window = window
        self.stride = stride

    def construct(self, prices):
        r = prices[1:] / prices[:-1] - 1.0
        means = [w.mean() for w in sliding_windows(r, self.window, self.stride)]
        return ops.stack(means)


def make():
    np.random.seed(27)
    px = 100 * np.exp(np.cumsum(np.random.randn(31) * 0.01))
    return RollingMeanReturn(), (Tensor(px.astype(np.float32)),)
