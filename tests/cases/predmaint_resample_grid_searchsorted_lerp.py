# case: resampling irregular timestamps onto a fixed grid with searchsorted and linear interpolation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SearchsortedResampler(nn.Cell):
    def __init__(self, grid_points=16, t_start=0.0, t_end=15.0):
        super().__init__()
        step = (t_end - t_start) / (grid_points - 1)
        grid = np.arange(grid_points, dtype=np.float32) * step + t_start
        self.grid = Tensor(grid)

    def _bracket(self, timestamps):
        n = timestamps.shape[0]
        right = ops.searchsorted(timestamps, self.grid)
        right = ops.clamp(right, 1, n - 1)
        left = right - 1
        return left, right

    def construct(self, timestamps, values):
        left, right = self._bracket(timestamps)
        t0 = ops.gather(timestamps, left, 0)
        t1 = ops.gather(timestamps, right, 0)
        v0 = ops.gather(values, left, 0)
        v1 = ops.gather(values, right, 0)
        w = (self.grid - t0) / ops.maximum(t1 - t0, ops.full_like(t0, 1e-6))
        w = ops.clamp(w, 0.0, 1.0)
        return v0 + w * (v1 - v0)


def make():
    np.random.seed(10)
    t = np.sort(np.random.uniform(0, 15, size=11)).astype(np.float32)
    v = np.cos(t).astype(np.float32)
    return SearchsortedResampler(), (Tensor(t), Tensor(v))
