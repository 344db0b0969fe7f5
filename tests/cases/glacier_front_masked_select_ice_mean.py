# case: averages backscatter over ice pixels chosen with masked_select in a glacier-front tile -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IceBackscatterStats(nn.Cell):
    def __init__(self, ice_threshold=0.35):
        super().__init__()
        self.ice_threshold = ice_threshold
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def ice_mask(self, ndsi):
        return ndsi > self.ice_threshold

    def construct(self, sar, ndsi):
        sar_s = self.smooth(sar)
        mask = self.ice_mask(ndsi)
        ice_values = ops.masked_select(sar_s, mask)
        mean_ice = ice_values.mean()
        return sar_s - mean_ice, ice_values.shape[0]


def make():
    np.random.seed(0)
    sar = Tensor(np.random.randn(1, 1, 16, 16).astype(np.float32))
    ndsi = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return IceBackscatterStats(), (sar, ndsi)
