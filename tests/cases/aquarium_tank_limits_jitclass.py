# case: score chemistry stress using a @ms.jit_class limits object built once in __init__ and only read in construct -> jit_class attribute read-only, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ChemistryLimits:
    def __init__(self, ammonia=0.25, nitrite=0.5, nitrate=40.0):
        self.ammonia = ammonia
        self.nitrite = nitrite
        self.nitrate = nitrate


class ChemistryStress(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limits = ChemistryLimits()
        self.smooth = nn.Dense(3, 3)

    def construct(self, chem):
        chem = ops.relu(self.smooth(chem))
        over_nh3 = chem[:, 0] / self.limits.ammonia
        over_no2 = chem[:, 1] / self.limits.nitrite
        over_no3 = chem[:, 2] / self.limits.nitrate
        return ops.stack([over_nh3, over_no2, over_no3], axis=1).max(axis=1)


def make():
    np.random.seed(92)
    chem = Tensor(np.random.uniform(0.0, 2.0, size=(10, 3)).astype(np.float32))
    return ChemistryStress(), (chem,)
