# case: wrap each tank's chemistry into a small TankReading record object inside construct and return its derived stress index -> plain Python class instantiated in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TankReading:
    def __init__(self, ammonia, nitrite, nitrate):
        self.ammonia = ammonia
        self.nitrite = nitrite
        self.nitrate = nitrate

    def stress(self):
        return 10.0 * self.ammonia + 5.0 * self.nitrite + 0.02 * self.nitrate


class ChemistryStress(nn.Cell):
    def __init__(self):
        super().__init__()
        self.smooth = nn.Dense(3, 3)

    def construct(self, chem):
        chem = ops.relu(self.smooth(chem))
        reading = TankReading(chem[:, 0], chem[:, 1], chem[:, 2])
        return reading.stress()


def make():
    np.random.seed(91)
    chem = Tensor(np.random.uniform(0.0, 2.0, size=(10, 3)).astype(np.float32))
    return ChemistryStress(), (chem,)
