# case: activation quantizer estimates outlier energy by boolean-mask indexing of values beyond the clip range -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClippedActQuant(nn.Cell):
    def __init__(self, clip=2.0, num_bits=8, track_outliers=True):
        super().__init__()
        self.clip = Parameter(Tensor(clip, ms.float32), name="clip")
        self.levels = 2 ** (num_bits - 1) - 1
        self.track_outliers = track_outliers

    def _outlier_energy(self, x):
        outliers = x[ops.abs(x) > self.clip]
        return (outliers * outliers).sum() / x.size

    def construct(self, x):
        scale = self.clip / self.levels
        xc = ops.clamp(x, -self.clip, self.clip)
        q = ops.round(xc / scale) * scale
        if self.track_outliers:
            return q, self._outlier_energy(x)
        return q, ops.zeros((), ms.float32)


def make():
    np.random.seed(4)
    x = Tensor((np.random.randn(2, 3, 8) * 2).astype(np.float32))
    return ClippedActQuant(), (x,)
