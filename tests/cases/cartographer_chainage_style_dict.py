# case: compute chainage along a traverse with cumsum and look up line-style weights from a constant dict keyed by strings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STYLE_WEIGHTS = {"primary": 2.0, "secondary": 1.25, "track": 0.5}


class ChainageMarker(nn.Cell):
    def __init__(self, style="secondary", tick_every=100.0):
        super().__init__()
        self.weight = STYLE_WEIGHTS[style]
        self.tick_every = tick_every

    def construct(self, stations):
        d = stations[1:] - stations[:-1]
        legs = ops.sqrt((d * d).sum(-1))
        chain = ops.cumsum(legs, 0)
        ticks = ops.floor(chain / self.tick_every)
        new_tick = (ticks[1:] > ticks[:-1]).astype(ms.float32)
        return chain, new_tick * self.weight


def make():
    np.random.seed(74)
    pts = np.cumsum(np.random.rand(25, 2).astype(np.float32) * 40.0, axis=0)
    return ChainageMarker(), (Tensor(pts),)
