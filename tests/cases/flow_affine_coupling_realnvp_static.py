# case: RealNVP affine coupling layer splitting channels by x.shape, tanh-bounded scale, logdet summed per sample -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CouplingNet(nn.Cell):
    def __init__(self, in_ch, out_ch, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell(
            nn.Conv2d(in_ch, hidden, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(hidden, 2 * out_ch, 3, pad_mode="same"),
        )

    def construct(self, x):
        return self.net(x)


class AffineCoupling(nn.Cell):
    def __init__(self, channels, hidden=16):
        super().__init__()
        self.half = channels // 2
        self.nn = CouplingNet(self.half, channels - self.half, hidden)
        self.scale = ms.Parameter(Tensor(np.ones((1, channels - self.half, 1, 1), np.float32)), name="scale")

    def construct(self, x):
        c = x.shape[1]
        xa = x[:, :self.half]
        xb = x[:, self.half:c]
        h = self.nn(xa)
        log_s, t = ops.split(h, h.shape[1] // 2, axis=1)
        log_s = self.scale * ops.tanh(log_s)
        yb = xb * ops.exp(log_s) + t
        logdet = log_s.reshape(x.shape[0], -1).sum(axis=1)
        return ops.concat((xa, yb), axis=1), logdet


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return AffineCoupling(4), (x,)
