# case: total elevation gain and per-segment grade over the whole route with cumsum and shifted differences -> all shapes known, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElevationProfile(nn.Cell):
    def __init__(self, n_segments=10, min_step=0.5):
        super().__init__()
        self.n_segments = n_segments
        self.min_step = min_step

    def construct(self, elev, dist):
        de = elev[1:] - elev[:-1]
        dd = dist[1:] - dist[:-1]
        up = ops.where(de > self.min_step, de, ops.zeros_like(de))
        gain_curve = ops.cumsum(up, axis=0)
        n = de.shape[0] // self.n_segments * self.n_segments
        seg_de = de[:n].reshape(self.n_segments, -1).sum(axis=1)
        seg_dd = dd[:n].reshape(self.n_segments, -1).sum(axis=1)
        grade_pct = 100.0 * seg_de / (seg_dd + 1e-3)
        return gain_curve[-1], grade_pct, grade_pct.max()


def make():
    np.random.seed(52)
    dist = np.linspace(0, 20000, 401).astype(np.float32)
    elev = (150 + 300 * np.sin(dist / 5000) + np.random.normal(0, 1.5, 401)).astype(np.float32)
    return ElevationProfile(), (Tensor(elev), Tensor(dist))
