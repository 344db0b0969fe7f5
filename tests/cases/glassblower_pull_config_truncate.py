# case: cane-pull profile head that truncates to the first half only when a constructor flag says the cane is short -> Python-flag branch with different shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CanePullProfileCfg(nn.Cell):
    def __init__(self, n_points=40, short_cane=True):
        super().__init__()
        self.short_cane = short_cane
        self.keep = n_points // 2
        self.proj = nn.Dense(n_points, n_points)

    def construct(self, diam):
        smooth = self.proj(diam)
        if self.short_cane:
            out = smooth[:, :self.keep]
        else:
            out = smooth
        taper = (out[:, 1:] - out[:, :-1]).abs().mean()
        return out, taper


def make():
    np.random.seed(151)
    ms.set_seed(151)
    d = np.random.uniform(4.0, 6.0, size=(2, 40)).astype(np.float32)
    return CanePullProfileCfg(), (Tensor(d),)
