# case: print a per-block vine vigour summary with print(label, tensor) during the forward pass -> plain print of a tensor, supported by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VigourMap(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def ndvi(self, red, nir):
        return (nir - red) / (nir + red + 1e-6)

    def construct(self, red, nir):
        v = self.ndvi(red, nir)
        mean_v = v.mean()
        if self.verbose:
            print("mean NDVI:", mean_v)
        return v


def make():
    np.random.seed(142)
    red = Tensor((0.05 + 0.1 * np.random.rand(8, 8)).astype(np.float32))
    nir = Tensor((0.3 + 0.3 * np.random.rand(8, 8)).astype(np.float32))
    return VigourMap(), (red, nir)
