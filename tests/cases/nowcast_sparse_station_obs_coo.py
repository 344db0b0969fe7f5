# case: scatter sparse rain-gauge observations into a COOTensor over the radar grid and densify for blending -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GaugeBlend(nn.Cell):
    def __init__(self, grid_shape=(12, 12), gauge_weight=0.5):
        super().__init__()
        self.grid_shape = grid_shape
        self.gauge_weight = gauge_weight

    def construct(self, radar_rain, gauge_idx, gauge_vals):
        sparse = COOTensor(gauge_idx, gauge_vals, self.grid_shape)
        dense = sparse.to_dense()
        has_gauge = (dense > 0).astype(ms.float32)
        blended = radar_rain * (1 - has_gauge * self.gauge_weight) + dense * self.gauge_weight
        return blended


def make():
    np.random.seed(12)
    radar = Tensor(np.random.rand(12, 12).astype(np.float32) * 5)
    idx = Tensor(np.array([[1, 2], [4, 7], [9, 3], [11, 11]], np.int32))
    vals = Tensor(np.array([2.5, 0.8, 4.1, 1.2], np.float32))
    return GaugeBlend(), (radar, idx, vals)
