# case: stitch a fixed grid of overlapping patch predictions back with ops.pad accumulation and a count map -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridStitcher(nn.Cell):
    def __init__(self, scene_hw=(12, 12), patch=8, stride=4):
        super().__init__()
        self.scene_h, self.scene_w = scene_hw
        self.patch = patch
        self.stride = stride
        self.ny = (self.scene_h - patch) // stride + 1
        self.nx = (self.scene_w - patch) // stride + 1

    def place(self, patch, y, x):
        pad = (x, self.scene_w - x - self.patch, y, self.scene_h - y - self.patch)
        return ops.pad(patch, pad)

    def construct(self, patches):
        # patches: (ny * nx, C, patch, patch) in row-major order
        canvas = ops.zeros((patches.shape[1], self.scene_h, self.scene_w), ms.float32)
        count = ops.zeros((1, self.scene_h, self.scene_w), ms.float32)
        ones = ops.ones((1, self.patch, self.patch), ms.float32)
        k = 0
        for iy in range(self.ny):
            for ix in range(self.nx):
                y, x = iy * self.stride, ix * self.stride
                canvas = canvas + self.place(patches[k], y, x)
                count = count + self.place(ones, y, x)
                k += 1
        return canvas / count


def make():
    np.random.seed(33)
    patches = Tensor(np.random.rand(4, 2, 8, 8).astype(np.float32))
    return GridStitcher(), (patches,)
