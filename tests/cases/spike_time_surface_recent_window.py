# case: time surface built from the most recent events, window length computed from valid event count -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeSurface(nn.Cell):
    """Exponentially decaying time surface over the last `window` events of a stream."""

    def __init__(self, height=6, width=6, tau=0.05, max_window=16):
        super().__init__()
        self.height = height
        self.width = width
        self.tau = tau
        self.max_window = max_window

    def _num_recent(self, valid):
        n_valid = valid.astype(ms.int32).sum()
        return ops.minimum(n_valid, self.max_window)

    def construct(self, xs, ys, ts, valid):
        # events are sorted in time, padding at the front
        k = self._num_recent(valid)
        xs = xs[-k:]
        ys = ys[-k:]
        ts = ts[-k:]
        t_ref = ts[-1]
        lin = ys * self.width + xs
        decay = ops.exp((ts - t_ref) / self.tau)
        surface = ops.zeros((self.height * self.width,), ms.float32)
        surface = ops.tensor_scatter_elements(surface, lin, decay, axis=0, reduction="none")
        return surface.reshape(self.height, self.width)


def make():
    rng = np.random.default_rng(2)
    n = 24
    xs = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ys = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ts = Tensor(np.sort(rng.random(n)).astype(np.float32))
    valid = Tensor(np.array([False] * 5 + [True] * (n - 5)))
    return TimeSurface(), (xs, ys, ts, valid)
