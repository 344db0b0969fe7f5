# case: saw blade wear tracker accumulates cumulative cut area in a non-trainable Parameter via ops.assign -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BladeWearAccumulator(nn.Cell):
    def __init__(self, blade_diameter_mm=3500.0):
        super().__init__()
        self.blade_diameter = blade_diameter_mm
        self.total_area = Parameter(Tensor(0.0, ms.float32), name="total_area", requires_grad=False)

    def construct(self, segment_loss_mm, cut_area_m2):
        rate = segment_loss_mm.mean() / (cut_area_m2.sum() + 1e-6)
        ops.assign(self.total_area, self.total_area + cut_area_m2.sum())
        life_m2 = (self.blade_diameter * 1e-3) / (rate + 1e-9)
        return rate, life_m2, self.total_area


def make():
    np.random.seed(82)
    loss = Tensor(np.random.uniform(0.01, 0.05, 30).astype(np.float32))
    area = Tensor(np.random.uniform(2.0, 6.0, 30).astype(np.float32))
    return BladeWearAccumulator(), (loss, area)
