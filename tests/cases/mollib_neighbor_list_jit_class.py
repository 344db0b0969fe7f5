# case: cfconv builds a @ms.jit_class NeighborList object in construct and mutates its cutoff-weights attribute before use -> error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class NeighborList:
    def __init__(self, dist, cutoff):
        self.dist = dist
        self.cutoff = cutoff
        self.weights = None

    def smooth(self):
        return 0.5 * (ops.cos(self.dist * np.pi / self.cutoff) + 1.0) * (self.dist < self.cutoff)


class CFConvConfig:
    hidden = 16
    cutoff = 3.5
    smooth_cutoff = True


class CFConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.filter = nn.Dense(1, config.hidden)
        self.cutoff = config.cutoff
        self.smooth_cutoff = config.smooth_cutoff

    def construct(self, h, pos):
        d = ops.norm(pos[:, None, :] - pos[None, :, :], dim=-1)
        nl = NeighborList(d, self.cutoff)
        if self.smooth_cutoff:
            nl.weights = nl.smooth()
        else:
            nl.weights = (d < self.cutoff).astype(d.dtype)
        w = self.filter(d[..., None]) * nl.weights[..., None]
        return h + (w * h[None, :, :]).sum(axis=1)


def make():
    np.random.seed(30)
    h = Tensor(np.random.randn(9, 16).astype(np.float32))
    pos = Tensor(np.random.randn(9, 3).astype(np.float32) * 2)
    return CFConv(CFConvConfig()), (h, pos)
