# case: affine coupling flow caching the last log-determinant on self inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineCoupling(nn.Cell):
    def __init__(self, dim=6, hidden=16, scale_clamp=2.0):
        super().__init__()
        self.half = dim // 2
        self.scale_clamp = scale_clamp
        self.net = nn.SequentialCell(nn.Dense(self.half, hidden), nn.Tanh(),
                                     nn.Dense(hidden, 2 * (dim - self.half)))
        self.last_logdet = None

    def construct(self, x):
        xa, xb = x[:, :self.half], x[:, self.half:]
        st = self.net(xa)
        log_s, t = ops.split(st, st.shape[1] // 2, axis=1)
        log_s = self.scale_clamp * ops.tanh(log_s / self.scale_clamp)
        yb = xb * ops.exp(log_s) + t
        logdet = log_s.sum(axis=1)
        self.last_logdet = logdet
        return ops.concat((xa, yb), axis=1), logdet


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return AffineCoupling(), (x,)
