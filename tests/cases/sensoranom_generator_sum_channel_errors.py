# case: sum per-channel reconstruction errors with a generator expression over channels -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelErrorSum(nn.Cell):
    def __init__(self, n_channels=5, weights=(1.0, 1.0, 2.0, 0.5, 1.0)):
        super().__init__()
        self.n_channels = n_channels
        self.weights = weights

    def channel_err(self, x, r, c):
        return ops.square(x[:, c] - r[:, c]).mean()

    def construct(self, x, recon):
        total = sum(self.weights[c] * self.channel_err(x, recon, c) for c in range(self.n_channels))
        return total / sum(self.weights)


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(20, 5).astype(np.float32))
    recon = Tensor(np.random.randn(20, 5).astype(np.float32))
    return ChannelErrorSum(), (x, recon)
