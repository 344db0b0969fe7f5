# case: rope strain gauges on some tower/span pairs scattered into a dense tension map with ops.tensor_scatter_update -> dense scatter with fixed shape, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


N_TOWERS = 8
N_SPANS = 9


class StrainToTension(nn.Cell):
    def __init__(self, gauge_factor=2.1, rope_area_mm2=1250.0, e_gpa=110.0):
        super().__init__()
        self.scale = e_gpa * 1e3 * rope_area_mm2 * 1e-3 / gauge_factor
        self.base = Tensor(np.zeros((N_TOWERS, N_SPANS), dtype=np.float32))

    def construct(self, gauge_idx, microstrain):
        kn = microstrain * 1e-6 * self.scale
        dense = ops.tensor_scatter_update(self.base, gauge_idx, kn)
        per_tower = dense.sum(axis=1)
        return dense, per_tower


def make():
    np.random.seed(4)
    idx = np.array([[0, 0], [1, 2], [2, 3], [3, 3], [4, 5], [5, 6], [6, 7], [7, 8]], dtype=np.int32)
    strain = np.random.uniform(400, 900, size=8).astype(np.float32)
    return StrainToTension(), (Tensor(idx), Tensor(strain))
