# case: an @ms.jit_class bake-spec object built in __init__ and only read in construct to scale a batch -> static, read-only jit_class attribute use
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BakeSpec:
    def __init__(self, loaf_g, bake_loss, hydration):
        self.loaf_g = loaf_g
        self.bake_loss = bake_loss
        self.hydration = hydration

    def water_for(self, flour_kg):
        return flour_kg * self.hydration


class SpecBatchPlanner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.spec = BakeSpec(800.0, 0.12, 0.68)

    def construct(self, flour_kg, scale):
        water = self.spec.water_for(flour_kg)
        dough_g = (flour_kg + water) * scale * 1000.0
        loaves = ops.floor(dough_g / self.spec.loaf_g)
        return loaves, loaves * self.spec.loaf_g * (1 - self.spec.bake_loss) / 1000.0


def make():
    np.random.seed(21)
    return SpecBatchPlanner(), (Tensor(100.0, ms.float32), Tensor(2.5, ms.float32))
