# case: speed profile model prints a formatted debug line with tensor values when verbose (default on) -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeedProfile(nn.Cell):
    """Turns (x, y, t) fixes into per-step speeds and a speed-class histogram."""

    def __init__(self, bins=(1.0, 5.0, 15.0), verbose=True):
        super().__init__()
        self.bins = bins
        self.verbose = verbose

    def speeds(self, xy, t):
        d = xy[1:] - xy[:-1]
        dist = ops.sqrt((d * d).sum(axis=1))
        return dist / ops.clamp(t[1:] - t[:-1], min=1.0)

    def log_stats(self, v):
        print(f"speed profile: mean={float(v.mean()):.2f} m/s max={float(v.max()):.2f} m/s")

    def construct(self, xy, t):
        v = self.speeds(xy, t)
        if self.verbose:
            self.log_stats(v)
        hist = []
        lower = 0.0
        for upper in self.bins:
            in_bin = ops.logical_and(v >= lower, v < upper)
            hist.append(in_bin.astype(ms.float32).mean())
            lower = upper
        return ops.stack(hist)


def make():
    np.random.seed(11)
    xy = np.cumsum(np.random.rand(10, 2) * 30, axis=0).astype(np.float32)
    t = np.cumsum(np.random.randint(2, 10, size=10)).astype(np.float32)
    return SpeedProfile(), (Tensor(xy), Tensor(t))
