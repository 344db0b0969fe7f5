# case: SST climatology anomaly with an optional land mask argument tested with `is None` and a Python bool standardize flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SSTAnomaly(nn.Cell):
    def __init__(self, standardize=False, eps=1e-3):
        super().__init__()
        self.standardize = standardize
        self.eps = eps

    def construct(self, sst, climatology, land_mask=None):
        anom = sst - climatology
        if land_mask is not None:
            anom = anom * (1.0 - land_mask)
        if self.standardize:
            std = ops.std(anom, axis=(-2, -1), keepdims=True)
            anom = anom / (std + self.eps)
        return anom


def make():
    np.random.seed(34)
    sst = Tensor(np.random.uniform(15, 30, (3, 8, 10)).astype(np.float32))
    clim = Tensor(np.random.uniform(15, 30, (8, 10)).astype(np.float32))
    land = Tensor((np.random.rand(8, 10) > 0.8).astype(np.float32))
    return SSTAnomaly(standardize=True), (sst, clim, land)
