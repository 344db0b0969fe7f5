# case: bucket model keeps soil moisture in a non-trainable Parameter updated with ops.assign -> supported side effect, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BucketModelStateful(nn.Cell):
    def __init__(self, capacity_mm=80.0, n_cells=6):
        super().__init__()
        self.capacity_mm = capacity_mm
        self.soil = Parameter(Tensor(np.full((n_cells,), 40.0, dtype=np.float32)),
                              name="soil_moisture", requires_grad=False)

    def evapotranspiration(self, wet, pet_mm):
        return ops.minimum(pet_mm * wet / self.capacity_mm, wet)

    def construct(self, rain_mm, pet_mm):
        wet = self.soil + rain_mm
        runoff = ops.relu(wet - self.capacity_mm)
        wet = wet - runoff
        et = self.evapotranspiration(wet, pet_mm)
        ops.assign(self.soil, wet - et)
        return runoff


def make():
    np.random.seed(19)
    rain = np.random.gamma(1.5, 20.0, size=(6,)).astype(np.float32)
    pet = np.random.uniform(1.0, 4.0, size=(6,)).astype(np.float32)
    return BucketModelStateful(), (Tensor(rain), Tensor(pet))
