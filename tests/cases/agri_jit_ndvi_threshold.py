# case: an ms.jit function computes NDVI and a vegetation mask with ops.where and returns the cover fraction per image -> static jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NDVI_THRESHOLD = 0.35


@ms.jit
def vegetation_cover(red, nir):
    ndvi = (nir - red) / (nir + red + 1e-6)
    veg = ops.where(ndvi > NDVI_THRESHOLD, ops.ones_like(ndvi), ops.zeros_like(ndvi))
    return veg.mean(axis=(1, 2)), ndvi


def make():
    np.random.seed(43)
    red = Tensor((np.random.rand(3, 12, 12) * 0.3).astype(np.float32))
    nir = Tensor((np.random.rand(3, 12, 12) * 0.7).astype(np.float32))
    return vegetation_cover, (red, nir)
