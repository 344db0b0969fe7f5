# case: ice-pixel mean backscatter computed with a fixed-size float mask multiplied in instead of masked_select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedIceMean(nn.Cell):
    def __init__(self, ice_threshold=0.35):
        super().__init__()
        self.ice_threshold = ice_threshold

    def construct(self, sar, ndsi):
        mask = (ndsi > self.ice_threshold).astype(sar.dtype)
        n_ice = mask.sum(axis=(2, 3), keepdims=True)
        mean_ice = (sar * mask).sum(axis=(2, 3), keepdims=True) / ops.maximum(n_ice, 1.0)
        anomaly = ops.where(mask > 0, sar - mean_ice, ops.zeros_like(sar))
        return anomaly


def make():
    np.random.seed(30)
    sar = Tensor(np.random.randn(2, 1, 12, 12).astype(np.float32))
    ndsi = Tensor(np.random.rand(2, 1, 12, 12).astype(np.float32))
    return MaskedIceMean(), (sar, ndsi)
