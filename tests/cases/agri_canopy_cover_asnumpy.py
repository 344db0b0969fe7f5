# case: computes canopy cover fraction by pulling the vegetation mask to the host with asnumpy and np.mean -> asnumpy inside construct fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CanopyCoverEstimator(nn.Cell):
    def __init__(self, ndvi_threshold=0.3):
        super().__init__()
        self.ndvi_threshold = ndvi_threshold

    def ndvi(self, red, nir):
        return (nir - red) / (nir + red + 1e-6)

    def construct(self, red, nir):
        veg = self.ndvi(red, nir) > self.ndvi_threshold
        cover = np.mean(veg.asnumpy())
        return Tensor(cover, ms.float32) * 100.0


def make():
    np.random.seed(4)
    red = Tensor(np.random.rand(24, 24).astype(np.float32) * 0.3)
    nir = Tensor(np.random.rand(24, 24).astype(np.float32) * 0.8)
    return CanopyCoverEstimator(), (red, nir)
