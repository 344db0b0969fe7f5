# case: count distinct active pixels per window with ops.unique on linearised addresses -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActivityNormalizer(nn.Cell):
    """Normalises an event-count frame by the number of distinct pixels that fired."""

    def __init__(self, height=10, width=10, eps=1.0):
        super().__init__()
        self.height = height
        self.width = width
        self.eps = eps

    def _active_pixels(self, xs, ys):
        addr = ys * self.width + xs
        uniq, _ = ops.unique(addr)
        return ops.ones_like(uniq).sum().astype(ms.float32)

    def construct(self, xs, ys):
        addr = ys * self.width + xs
        frame = ops.zeros((self.height * self.width,), ms.float32)
        frame = ops.tensor_scatter_add(frame, addr.reshape(-1, 1), ops.ones_like(addr, dtype=ms.float32))
        n_active = self._active_pixels(xs, ys)
        return (frame / (n_active + self.eps)).reshape(self.height, self.width)


def make():
    rng = np.random.default_rng(6)
    xs = Tensor(rng.integers(0, 10, 30).astype(np.int32))
    ys = Tensor(rng.integers(0, 10, 30).astype(np.int32))
    return ActivityNormalizer(), (xs, ys)
