# case: SAE time surface via tensor_scatter_max over padded events, padding neutralised with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SAETimeSurface(nn.Cell):
    """Surface of Active Events with per-polarity channels and exponential decay."""

    def __init__(self, height=6, width=6, tau=0.3, channels=2):
        super().__init__()
        self.height = height
        self.width = width
        self.tau = tau
        self.channels = channels

    def _latest_timestamps(self, xs, ys, ps, ts, valid):
        n_cells = self.channels * self.height * self.width
        addr = (ps * self.height + ys) * self.width + xs
        addr = ops.where(valid, addr, ops.zeros_like(addr))
        ts = ops.where(valid, ts, ops.full_like(ts, -1e6))
        sae = ops.full((n_cells,), -1e6, dtype=ms.float32)
        return ops.tensor_scatter_max(sae, addr.reshape(-1, 1), ts)

    def construct(self, xs, ys, ps, ts, valid):
        sae = self._latest_timestamps(xs, ys, ps, ts, valid)
        t_now = ops.where(valid, ts, ops.zeros_like(ts)).max()
        surface = ops.exp((sae - t_now) / self.tau)
        return surface.reshape(self.channels, self.height, self.width)


def make():
    rng = np.random.default_rng(33)
    n = 20
    xs = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ys = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ps = Tensor(rng.integers(0, 2, n).astype(np.int32))
    ts = Tensor(np.sort(rng.random(n)).astype(np.float32))
    valid = Tensor(np.arange(n) < 14)
    return SAETimeSurface(), (xs, ys, ps, ts, valid)
