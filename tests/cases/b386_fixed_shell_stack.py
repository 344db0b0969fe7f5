# case: coordination-shell fingerprint loops over a fixed tuple of shell radii from the config, appending per-shell counts to a list then stacking -> fixed trip count, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShellConfig:
    def __init__(self, shell_radii=(2.0, 2.5, 3.0, 3.5, 4.0), smooth=True, width=0.1):
        self.shell_radii = shell_radii
        self.smooth = smooth
        self.width = width


def soft_step(x, width):
    return ops.sigmoid(-x / width)


class ShellFingerprint(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radii = tuple(config.shell_radii)
        self.smooth = config.smooth
        self.width = config.width
        self.proj = nn.Dense(len(self.radii), 8)

    def _count(self, dist, r):
        if self.smooth:
            return soft_step(dist - r, self.width).sum(-1)
        return (dist < r).astype(dist.dtype).sum(-1)

    def construct(self, dist):
        counts = []
        for r in self.radii:
            counts.append(self._count(dist, r))
        fp = ops.stack(counts, -1)
        fp = fp - ops.concat([ops.zeros_like(fp[:, :1]), fp[:, :-1]], 1)
        return self.proj(fp)


def make():
    np.random.seed(16)
    dist = Tensor(np.random.uniform(1.5, 6.0, size=(6, 30)).astype(np.float32))
    return ShellFingerprint(ShellConfig()), (dist,)
