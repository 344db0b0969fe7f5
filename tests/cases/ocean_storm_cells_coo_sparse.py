# case: storm cells with wind above gale force stored as a COOTensor built from nonzero indices and converted back to dense -> dynamic shape / sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class StormCellSparse(nn.Cell):
    def __init__(self, gale_ms=17.2):
        super().__init__()
        self.gale = gale_ms

    def construct(self, wind_speed):
        idx = ops.nonzero(wind_speed > self.gale)
        vals = ops.gather_nd(wind_speed, idx)
        cells = COOTensor(idx, vals, wind_speed.shape)
        dense = cells.to_dense()
        return dense, vals.mean()


def make():
    np.random.seed(23)
    wind = Tensor(np.random.weibull(2.0, (10, 10)).astype(np.float32) * 15.0)
    return StormCellSparse(), (wind,)
