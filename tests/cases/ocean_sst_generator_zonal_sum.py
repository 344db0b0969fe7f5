# case: zonal-band SST anomalies summed with a generator expression over latitude bands inside construct -> generator expression in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZonalAnomaly(nn.Cell):
    def __init__(self, band_edges=(0, 4, 8, 12)):
        super().__init__()
        self.band_edges = band_edges

    def band_mean(self, sst, lo, hi):
        return sst[lo:hi].mean()

    def construct(self, sst, climatology):
        anom = sst - climatology
        edges = self.band_edges
        total = sum(self.band_mean(anom, edges[i], edges[i + 1]) for i in range(len(edges) - 1))
        return total / (len(edges) - 1), anom


def make():
    np.random.seed(30)
    sst = Tensor(np.random.uniform(18, 29, (12, 20)).astype(np.float32))
    clim = Tensor(np.random.uniform(18, 29, (12, 20)).astype(np.float32))
    return ZonalAnomaly(), (sst, clim)
