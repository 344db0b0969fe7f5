# case: adaptive neighbour search keeps adding coordination shells (radius += dr) while fewer than min_neighbors atoms are inside, collecting each shell's counts in a list -> while on tensor values growing a list (rejected or unrolled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveConfig:
    def __init__(self, r0=2.0, dr=0.5, min_neighbors=8, r_max=8.0):
        self.r0 = r0
        self.dr = dr
        self.min_neighbors = min_neighbors
        self.r_max = r_max


class AdaptiveShellCounter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.r0 = config.r0
        self.dr = config.dr
        self.min_neighbors = config.min_neighbors

    def _coordination(self, dist, radius):
        return (dist < radius).astype(ms.float32).sum(-1)

    def construct(self, dist):
        radius = Tensor(self.r0, ms.float32)
        shells = []
        cn = self._coordination(dist, radius)
        while cn.min() < self.min_neighbors:
            shells.append(cn)
            radius = radius + self.dr
            cn = self._coordination(dist, radius)
        shells.append(cn)
        return ops.stack(shells, 0), radius


def make():
    np.random.seed(15)
    dist = Tensor(np.random.uniform(1.5, 6.0, size=(6, 30)).astype(np.float32))
    return AdaptiveShellCounter(AdaptiveConfig()), (dist,)
