# case: extracts a square patch around a labelled pixel whose row/col come in as tensors, slicing with tensor bounds -> dynamic or error from tensor-valued slice bounds
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchExtractor(nn.Cell):
    def __init__(self, half_size=2):
        super().__init__()
        self.half_size = half_size
        self.pad = nn.Pad(paddings=((0, 0), (2, 2), (2, 2)), mode="REFLECT")

    def construct(self, cube, row, col):
        padded = self.pad(cube)
        r = row + self.half_size
        c = col + self.half_size
        patch = padded[:, r - self.half_size:r + self.half_size + 1,
                       c - self.half_size:c + self.half_size + 1]
        return patch


def make():
    np.random.seed(4)
    cube = Tensor(np.random.rand(6, 20, 20).astype(np.float32))
    row = Tensor(7, ms.int32)
    col = Tensor(11, ms.int32)
    return PatchExtractor(), (cube, row, col)
