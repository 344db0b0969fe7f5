# case: regridding layer that tries a conservative interpolation matrix and falls back to identity inside try/except in construct -> try statement in construct (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegridConfig:
    def __init__(self, src_lat=16, dst_lat=8, method="conservative", strict=False):
        self.src_lat = src_lat
        self.dst_lat = dst_lat
        self.method = method
        self.strict = strict


def conservative_weights(n_src, n_dst):
    w = np.zeros((n_dst, n_src), np.float32)
    r = n_src // n_dst
    for i in range(n_dst):
        w[i, i * r:(i + 1) * r] = 1.0 / r
    return w


class LatRegridder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.w = Tensor(conservative_weights(config.src_lat, config.dst_lat))
        self.strict = config.strict

    def _apply(self, x):
        return ops.matmul(self.w, x)

    def construct(self, x):
        try:
            out = self._apply(x)
        except ValueError:
            out = x
        return out


def make():
    np.random.seed(3679)
    net = LatRegridder(RegridConfig())
    x = Tensor(np.random.randn(2, 3, 16, 32).astype(np.float32))
    return net, (x,)
