# case: voxel grid with bilinear interpolation in time built from one-hot bins and a fixed pixel scatter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BilinearVoxelGrid(nn.Cell):
    def __init__(self, num_bins=5, height=6, width=6):
        super().__init__()
        self.num_bins = num_bins
        self.height = height
        self.width = width

    def _time_weights(self, ts):
        t_norm = (ts - ts[0]) / ops.maximum(ts[-1] - ts[0], 1e-6) * (self.num_bins - 1)
        left = ops.floor(t_norm)
        frac = t_norm - left
        left = left.astype(ms.int32)
        right = ops.minimum(left + 1, self.num_bins - 1)
        w_left = ops.one_hot(left, self.num_bins, Tensor(1.0), Tensor(0.0)) * (1 - frac).expand_dims(1)
        w_right = ops.one_hot(right, self.num_bins, Tensor(1.0), Tensor(0.0)) * frac.expand_dims(1)
        return w_left + w_right  # (N, B)

    def construct(self, xs, ys, ts, ps):
        w = self._time_weights(ts) * ps.expand_dims(1)
        addr = ys * self.width + xs
        pix = ops.one_hot(addr, self.height * self.width, Tensor(1.0), Tensor(0.0))  # (N, HW)
        grid = ops.matmul(w.T, pix)
        return grid.reshape(self.num_bins, self.height, self.width)


def make():
    rng = np.random.default_rng(13)
    n = 25
    xs = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ys = Tensor(rng.integers(0, 6, n).astype(np.int32))
    ts = Tensor(np.sort(rng.random(n)).astype(np.float32))
    ps = Tensor(rng.choice([-1.0, 1.0], n).astype(np.float32))
    return BilinearVoxelGrid(), (xs, ys, ts, ps)
