# case: yaw-misalignment stats bin nacelle directions into 30-degree sectors and count distinct occupied sectors with ops.unique -> unique output length depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorOccupancy(nn.Cell):
    def __init__(self, sector_deg=30.0):
        super().__init__()
        self.sector_deg = sector_deg

    def sector_ids(self, direction_deg):
        wrapped = ops.fmod(direction_deg + 360.0, 360.0)
        return ops.floor(wrapped / self.sector_deg).astype(ms.int32)

    def construct(self, nacelle_dir, wind_dir):
        misalign = wind_dir - nacelle_dir
        ids = self.sector_ids(wind_dir)
        occupied, _ = ops.unique(ids)
        coverage = occupied.shape[0] / 12.0
        return ops.abs(misalign).mean() * coverage


def make():
    np.random.seed(4)
    nacelle = Tensor(np.random.uniform(0, 360, size=(40,)).astype(np.float32))
    wind = Tensor((nacelle.asnumpy() + np.random.randn(40) * 8).astype(np.float32))
    return SectorOccupancy(), (nacelle, wind)
