# case: a @ms.jit_class holding the oxide conversion factors is created in __init__ and only read in construct -> read-only jit_class attribute, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class OxideFactors:
    def __init__(self):
        # SiO2 from sand, Na2O from soda ash, CaO from limestone
        self.factors = Tensor(np.array([0.995, 0.585, 0.56], dtype=np.float32))
        self.loss_on_ignition = 0.18

    def oxide_mass(self, kg):
        return kg * self.factors


class GlassOxideYield(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ox = OxideFactors()

    def construct(self, charge_kg):
        oxides = self.ox.oxide_mass(charge_kg)
        melt = oxides.sum(axis=-1)
        composition = oxides / melt.reshape(-1, 1)
        return composition, charge_kg.sum(axis=-1) * self.ox.loss_on_ignition


def make():
    np.random.seed(162)
    kg = (100.0 + 300.0 * np.random.rand(4, 3)).astype(np.float32)
    return GlassOxideYield(), (Tensor(kg),)
