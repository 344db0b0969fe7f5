# case: hyperspectral fruit cube is reordered to band-first layout with a permutation read from a tensor sent by the camera driver -> transpose perm from tensor data, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CubeToBands(nn.Cell):
    def __init__(self, n_bands=8):
        super().__init__()
        self.conv = nn.Conv2d(n_bands, 4, kernel_size=3, pad_mode="same")

    def construct(self, cube, layout_perm):
        # cube arrives as (batch, H, W, bands) on some cameras
        perm = tuple(int(p) for p in layout_perm)
        x = ops.transpose(cube, perm)
        feat = self.conv(x)
        return feat.mean(axis=(2, 3))


def make():
    np.random.seed(141)
    cube = Tensor(np.random.rand(2, 6, 6, 8).astype(np.float32))
    perm = Tensor(np.array([0, 3, 1, 2], dtype=np.int32))
    return CubeToBands(), (cube, perm)
