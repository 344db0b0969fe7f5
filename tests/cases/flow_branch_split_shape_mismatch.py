# case: split layer that factors out half the channels only when the tensor-valued average log-likelihood is low, so the if/else branches return different channel counts -> branch outputs of different shapes in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSplit(nn.Cell):
    def __init__(self, channels, nll_threshold=2.0):
        super().__init__()
        self.prior_conv = nn.Conv2d(channels // 2, channels, 3, pad_mode="same")
        self.nll_threshold = nll_threshold

    def gaussian_nll(self, z, mean, logs):
        return 0.5 * ((z - mean) ** 2 * ops.exp(-2 * logs)) + logs + 0.9189385

    def construct(self, x):
        half = x.shape[1] // 2
        x1, x2 = x[:, :half], x[:, half:]
        mean, logs = ops.chunk(self.prior_conv(x1), 2, axis=1)
        nll = self.gaussian_nll(x2, mean, logs).mean()
        if nll > self.nll_threshold:
            out = x
        else:
            out = x1
        return out, nll


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(2, 4, 4, 4).astype(np.float32))
    return AdaptiveSplit(4), (x,)
