# case: a pixel grid from a size read with int() from tensor data; a constant broadcast to the grid's shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PixelGrid(nn.Cell):
    def __init__(self, offset=0.5):
        super().__init__()
        self.offset = offset

    def grid(self, hw):
        h = int(hw[0])
        w = int(hw[1])
        ys = ops.arange(h, dtype=ms.float32) + self.offset
        xs = ops.arange(w, dtype=ms.float32) + self.offset
        gy, gx = ops.meshgrid(ys, xs, indexing="ij")
        return gx, gy

    def construct(self, hw, scale):
        gx, gy = self.grid(hw)
        dirs = ops.stack([gx * scale, gy * scale], axis=-1)
        flat = ops.matmul(dirs.reshape(-1, 2), ops.eye(2, 2, ms.float32))
        bias = ops.broadcast_to(scale, flat.shape)
        return flat + bias


def make():
    return PixelGrid(), (Tensor(np.array([3, 4], np.int32)), Tensor(np.float32(2.0)))
