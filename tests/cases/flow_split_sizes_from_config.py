# case: Glow split prior for an uneven channel count using ops.split with a split-size tuple computed in __init__ and a learned conditional Gaussian on the factored-out part -> static graph compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZeroConv2d(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, pad_mode="same", weight_init="zeros", bias_init="zeros")
        self.logs = ms.Parameter(Tensor(np.zeros((1, c_out, 1, 1), np.float32)), name="zc_logs")

    def construct(self, x):
        return self.conv(x) * ops.exp(self.logs * 3.0)


class SplitPrior(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        keep = (channels + 1) // 2
        self.sizes = (keep, channels - keep)
        self.prior = ZeroConv2d(keep, 2 * (channels - keep))
        self.log2pi = math.log(2 * math.pi)

    def construct(self, x):
        h, z = ops.split(x, self.sizes, axis=1)
        mean, logs = ops.chunk(self.prior(h), 2, axis=1)
        logp = -0.5 * (self.log2pi + 2.0 * logs + (z - mean) ** 2 * ops.exp(-2.0 * logs))
        return h, logp.reshape(x.shape[0], -1).sum(axis=1)


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 5, 4, 4).astype(np.float32))
    return SplitPrior(5), (x,)
