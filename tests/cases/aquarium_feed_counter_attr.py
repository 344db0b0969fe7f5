# case: the automatic feeder cell counts dispensed portions by bumping a plain Python attribute on self inside construct -> self attribute written in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoFeeder(nn.Cell):
    def __init__(self, grams_per_kg=0.015, max_portion_g=40.0):
        super().__init__()
        self.grams_per_kg = grams_per_kg
        self.max_portion = max_portion_g
        self.portions_dispensed = 0

    def portion(self, biomass_kg, water_temp_c):
        temp_factor = ops.clip_by_value((water_temp_c - 18.0) / 8.0, 0.2, 1.2)
        return ops.minimum(biomass_kg * self.grams_per_kg * 1000.0 * temp_factor,
                           ops.full_like(biomass_kg, self.max_portion))

    def construct(self, biomass_kg, water_temp_c):
        grams = self.portion(biomass_kg, water_temp_c)
        self.portions_dispensed = self.portions_dispensed + 1
        return grams, grams.sum()


def make():
    np.random.seed(101)
    biomass = Tensor(np.random.uniform(0.5, 3.0, size=(8,)).astype(np.float32))
    temp = Tensor(np.random.uniform(20.0, 27.0, size=(8,)).astype(np.float32))
    return AutoFeeder(), (biomass, temp)
