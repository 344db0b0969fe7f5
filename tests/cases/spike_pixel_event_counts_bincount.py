# case: per-pixel event counts for ON/OFF channels using ops.bincount with minlength -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventCountFrame(nn.Cell):
    def __init__(self, height=6, width=8, clip=4.0, normalize=True):
        super().__init__()
        self.height = height
        self.width = width
        self.clip = clip
        self.normalize = normalize

    def _count(self, xs, ys, weight):
        n_pix = self.height * self.width
        addr = ys * self.width + xs
        hist = ops.bincount(addr, weights=weight, minlength=n_pix)
        return hist[:n_pix].reshape(self.height, self.width)

    def construct(self, xs, ys, pol):
        on = (pol > 0).astype(ms.float32)
        off = 1.0 - on
        frame = ops.stack([self._count(xs, ys, on), self._count(xs, ys, off)])
        frame = ops.clamp(frame, 0.0, self.clip)
        if self.normalize:
            frame = frame / self.clip
        return frame


def make():
    rng = np.random.default_rng(9)
    n = 40
    xs = Tensor(rng.integers(0, 8, n).astype(np.int32))
    ys = Tensor(rng.integers(0, 6, n).astype(np.int32))
    pol = Tensor(rng.choice([-1, 1], n).astype(np.int32))
    return EventCountFrame(), (xs, ys, pol)
