# case: picks the top-k density peaks where k is the rounded predicted count taken with int() -> Graph mode should reject int() of a tensor used as the topk size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPicker(nn.Cell):
    """Keeps only local maxima of the density map and returns as many as the map counts."""

    def __init__(self, kernel=3):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")

    def local_max_map(self, density):
        pooled = self.pool(density)
        keep = ops.cast(ops.equal(pooled, density), density.dtype)
        return density * keep

    def construct(self, density):
        peaks = self.local_max_map(density).reshape(-1)
        count = density.sum()
        k = int(ops.round(count))
        values, indices = ops.topk(peaks, k)
        width = density.shape[-1]
        rows = indices // width
        cols = indices % width
        return values, ops.stack([rows, cols], axis=1)


def make():
    np.random.seed(0)
    dens = np.random.rand(1, 1, 16, 16).astype(np.float32) * 0.05
    return PeakPicker(), (Tensor(dens),)
