# case: chooses between EVI and NDVI with a Python bool constructor flag and clips to a valid range -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VegetationIndex(nn.Cell):
    def __init__(self, use_evi=True, blue=0, red=2, nir=3, gain=2.5):
        super().__init__()
        self.use_evi = use_evi
        self.blue, self.red, self.nir = blue, red, nir
        self.gain = gain

    def evi(self, b, r, n):
        return self.gain * (n - r) / (n + 6.0 * r - 7.5 * b + 1.0)

    def ndvi(self, r, n):
        return (n - r) / (n + r + 1e-6)

    def construct(self, cube):
        b, r, n = cube[self.blue], cube[self.red], cube[self.nir]
        if self.use_evi:
            idx = self.evi(b, r, n)
        else:
            idx = self.ndvi(r, n)
        return ops.clamp(idx, -1.0, 1.0)


def make():
    np.random.seed(39)
    cube = Tensor(np.random.rand(4, 10, 10).astype(np.float32))
    return VegetationIndex(use_evi=True), (cube,)
