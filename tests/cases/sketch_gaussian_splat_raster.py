# case: differentiable rasteriser that splats every stroke point as a Gaussian on a fixed grid, pen-up points weighted to zero -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianSplatRasterizer(nn.Cell):
    """Soft canvas from absolute points; pen-lift points contribute nothing."""

    def __init__(self, size=16, sigma=0.8):
        super().__init__()
        self.size = size
        self.sigma = sigma
        grid = np.stack(np.meshgrid(np.arange(size), np.arange(size), indexing="xy"), -1)
        self.grid = Tensor(grid.reshape(-1, 2).astype(np.float32))

    def normalise(self, xy):
        lo = xy.min(axis=1, keepdims=True)
        hi = xy.max(axis=1, keepdims=True)
        return (xy - lo) / ops.maximum(hi - lo, 1e-3) * (self.size - 1)

    def construct(self, strokes):
        xy = self.normalise(ops.cumsum(strokes[..., :2], axis=1))
        weight = ops.where(strokes[..., 2] > 0.5, ops.zeros_like(strokes[..., 2]),
                           ops.ones_like(strokes[..., 2]))
        diff = self.grid.reshape(1, 1, -1, 2) - xy.expand_dims(2)
        d2 = (diff ** 2).sum(axis=-1)
        splat = ops.exp(-d2 / (2 * self.sigma ** 2)) * weight.expand_dims(-1)
        canvas = ops.clamp(splat.sum(axis=1), max=1.0)
        return canvas.reshape(-1, 1, self.size, self.size)


def make():
    np.random.seed(25)
    s = np.random.randn(2, 10, 3).astype(np.float32)
    s[..., 2] = (np.random.rand(2, 10) > 0.7).astype(np.float32)
    return GaussianSplatRasterizer(), (Tensor(s),)
