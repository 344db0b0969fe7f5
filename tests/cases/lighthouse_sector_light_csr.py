# case: map lamp sector intensities to chart bearings through a CSRTensor lookup table passed in as input and multiplied with .mv -> sparse CSR op in Graph mode, may be rejected on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


N_BEARINGS = 8
N_SECTORS = 4


class SectorProjector(nn.Cell):
    def __init__(self, gain=1.2):
        super().__init__()
        self.gain = gain

    def construct(self, table, sector_intensity):
        per_bearing = table.mv(sector_intensity)
        return ops.relu(per_bearing * self.gain)


def make():
    np.random.seed(3051)
    indptr = Tensor(np.arange(N_BEARINGS + 1, dtype=np.int32))
    indices = Tensor((np.arange(N_BEARINGS) // 2).astype(np.int32))
    values = Tensor(np.random.uniform(0.5, 1.0, size=(N_BEARINGS,)).astype(np.float32))
    table = ms.CSRTensor(indptr, indices, values, (N_BEARINGS, N_SECTORS))
    intensity = Tensor(np.random.rand(N_SECTORS, 1).astype(np.float32))
    return SectorProjector(), (table, intensity)
