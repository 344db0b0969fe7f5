# case: print a per-block vine vigour summary with an f-string of the mean NDVI tensor during the forward pass -> f-string on tensor in construct, Graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VigourMap(nn.Cell):
    def __init__(self, block_name="north_slope", verbose=True):
        super().__init__()
        self.block_name = block_name
        self.verbose = verbose

    def ndvi(self, red, nir):
        return (nir - red) / (nir + red + 1e-6)

    def construct(self, red, nir):
        v = self.ndvi(red, nir)
        mean_v = v.mean()
        if self.verbose:
            print(f"block {self.block_name}: mean NDVI {mean_v}")
        return v


def make():
    np.random.seed(141)
    red = Tensor((0.05 + 0.1 * np.random.rand(8, 8)).astype(np.float32))
    nir = Tensor((0.3 + 0.3 * np.random.rand(8, 8)).astype(np.float32))
    return VigourMap(), (red, nir)
