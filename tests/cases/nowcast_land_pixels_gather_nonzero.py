# case: a sub-Cell extracts land-only pixels by gathering with indices from nonzero of the land-sea mask, then averages runoff -> dynamic shape from nonzero/gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandPixels(nn.Cell):
    def construct(self, field, land_sea_mask):
        flat = field.reshape(-1)
        land_idx = ops.nonzero(land_sea_mask.reshape(-1) > 0.5).reshape(-1)
        return ops.gather(flat, land_idx, 0)


class RunoffIndex(nn.Cell):
    def __init__(self, infiltration=2.0):
        super().__init__()
        self.infiltration = infiltration
        self.land = LandPixels()

    def construct(self, rain, land_sea_mask):
        land_rain = self.land(rain, land_sea_mask)
        runoff = ops.relu(land_rain - self.infiltration)
        return runoff.mean(), runoff.max()


def make():
    np.random.seed(17)
    rain = Tensor(np.random.exponential(3.0, (10, 10)).astype(np.float32))
    lsm = np.zeros((10, 10), np.float32)
    lsm[:, :6] = 1.0
    return RunoffIndex(), (rain, Tensor(lsm))
