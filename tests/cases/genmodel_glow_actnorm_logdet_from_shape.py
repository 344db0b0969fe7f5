# case: Glow ActNorm layer with a reverse flag and log-det scaled by H*W taken from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActNorm2d(nn.Cell):
    def __init__(self, channels=4, eps=1e-6, reverse=False):
        super().__init__()
        self.log_scale = Parameter(Tensor(np.zeros((1, channels, 1, 1), np.float32)), name="log_scale")
        self.bias = Parameter(Tensor(np.zeros((1, channels, 1, 1), np.float32)), name="bias")
        self.eps = eps
        self.reverse = reverse

    def logdet(self, x):
        _, _, h, w = x.shape
        return self.log_scale.sum() * (h * w)

    def construct(self, x):
        if self.reverse:
            return (x - self.bias) * ops.exp(-self.log_scale), -self.logdet(x)
        y = (x + self.bias) * ops.exp(self.log_scale)
        return y, self.logdet(x)


class FlowStep(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.actnorm = ActNorm2d(channels)
        self.conv = nn.Conv2d(channels // 2, channels, 3, pad_mode="same")

    def construct(self, x, logdet):
        x, ld = self.actnorm(x)
        xa, xb = ops.chunk(x, 2, axis=1)
        h = self.conv(xa)
        shift, raw = h[:, 0::2], h[:, 1::2]
        scale = ops.sigmoid(raw + 2.0)
        xb = (xb + shift) * scale
        ld_c = ops.log(scale).reshape(x.shape[0], -1).sum(axis=1)
        return ops.concat((xa, xb), axis=1), logdet + ld + ld_c


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 4, 4).astype(np.float32))
    return FlowStep(), (x, Tensor(np.zeros(2, np.float32)))
