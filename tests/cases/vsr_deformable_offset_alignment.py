# case: deformable-style alignment predicting per-pixel offsets and sampling neighbor features via grid_sample -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetAlign(nn.Cell):
    def __init__(self, mid=8, max_offset=4.0):
        super().__init__()
        self.max_offset = max_offset
        self.offset_conv = nn.Conv2d(mid * 2, 2, 3, pad_mode="same")
        self.mod_conv = nn.Conv2d(mid * 2, 1, 3, pad_mode="same")

    def make_grid(self, b, h, w):
        ys = ops.linspace(-1.0, 1.0, h)
        xs = ops.linspace(-1.0, 1.0, w)
        gy, gx = ops.meshgrid(ys, xs, indexing="ij")
        grid = ops.stack((gx, gy), axis=-1).expand_dims(0)
        return ops.tile(grid, (b, 1, 1, 1))

    def construct(self, nbr, ref):
        b, c, h, w = nbr.shape
        both = ops.cat((nbr, ref), axis=1)
        offset = ops.tanh(self.offset_conv(both)) * self.max_offset
        scale = Tensor([2.0 / (w - 1), 2.0 / (h - 1)], ms.float32)
        grid = self.make_grid(b, h, w) + offset.transpose(0, 2, 3, 1) * scale
        aligned = ops.grid_sample(nbr, grid, "bilinear", "zeros", True)
        return aligned * ops.sigmoid(self.mod_conv(both))


def make():
    np.random.seed(10)
    nbr = Tensor(np.random.rand(2, 8, 7, 9).astype(np.float32))
    ref = Tensor(np.random.rand(2, 8, 7, 9).astype(np.float32))
    return OffsetAlign(), (nbr, ref)
