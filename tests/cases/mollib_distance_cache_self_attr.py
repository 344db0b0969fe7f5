# case: interaction block caches the last computed pair distances on self inside construct for later inspection -> graph may reject attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractionConfig:
    def __init__(self, hidden=16, cutoff=4.0, cache_distances=True):
        self.hidden = hidden
        self.cutoff = cutoff
        self.cache_distances = cache_distances


class CosineCutoff(nn.Cell):
    def __init__(self, cutoff):
        super().__init__()
        self.cutoff = cutoff

    def construct(self, d):
        c = 0.5 * (ops.cos(d * np.pi / self.cutoff) + 1.0)
        return c * (d < self.cutoff).astype(d.dtype)


class InteractionBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.filter_net = nn.Dense(1, config.hidden)
        self.cutoff_fn = CosineCutoff(config.cutoff)
        self.cache_distances = config.cache_distances
        self.last_distances = None

    def construct(self, h, pos):
        diff = pos[:, :, None, :] - pos[:, None, :, :]
        d = ops.norm(diff, dim=-1)
        if self.cache_distances:
            self.last_distances = d
        w = self.filter_net(d[..., None]) * self.cutoff_fn(d)[..., None]
        return h + (w * h[:, None, :, :]).sum(axis=2)


def make():
    np.random.seed(13)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    pos = Tensor(np.random.randn(2, 6, 3).astype(np.float32) * 2.0)
    return InteractionBlock(InteractionConfig()), (h, pos)
