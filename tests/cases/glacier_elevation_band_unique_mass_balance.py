# case: mass balance per elevation band uses ops.unique on band ids and unsorted_segment_sum with the unique count -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandMassBalance(nn.Cell):
    def __init__(self, band_height=100.0):
        super().__init__()
        self.band_height = band_height

    def band_ids(self, elevation):
        return ops.floor(elevation / self.band_height).astype(ms.int32)

    def construct(self, elevation, smb):
        ids = self.band_ids(elevation)
        bands, inverse = ops.unique(ids)
        n_bands = bands.shape[0]
        totals = ops.unsorted_segment_sum(smb, inverse, n_bands)
        counts = ops.unsorted_segment_sum(ops.ones_like(smb), inverse, n_bands)
        return bands, totals / counts


def make():
    np.random.seed(8)
    elev = Tensor(np.random.uniform(2000, 2600, size=(40,)).astype(np.float32))
    smb = Tensor(np.random.randn(40).astype(np.float32))
    return BandMassBalance(), (elev, smb)
