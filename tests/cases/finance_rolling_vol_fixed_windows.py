# case: rolling volatility via a Python loop of static slices stacked into a series -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingVolatility(nn.Cell):
    """Rolling standard deviation of returns with a configurable window and stride."""

    def __init__(self, window=10, stride=5, ddof=1):
        super().__init__()
        self.window = window
        self.stride = stride
        self.ddof = ddof

    def window_std(self, chunk):
        mu = chunk.mean(axis=-1, keep_dims=True)
        return ops.sqrt(((chunk - mu) ** 2).sum(axis=-1) / (self.window - self.ddof))

    def construct(self, returns):
        T = returns.shape[-1]
        vols = []
        for start in range(0, T - self.window + 1, self.stride):
            vols.append(self.window_std(returns[..., start:start + self.window]))
        return ops.stack(vols, axis=-1)


def make():
    np.random.seed(24)
    r = (0.01 * np.random.randn(4, 40)).astype(np.float32)
    return RollingVolatility(), (Tensor(r),)
