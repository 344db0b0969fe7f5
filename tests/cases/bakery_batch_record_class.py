# case: build a plain Python BatchRecord object inside construct to hold scaled dough weights and mutate its yield field -> plain class created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchRecord:
    def __init__(self, dough_kg, hydration):
        self.dough_kg = dough_kg
        self.hydration = hydration
        self.expected_loaves = None


class BatchPlanner(nn.Cell):
    def __init__(self, loaf_g=800.0, bake_loss=0.12):
        super().__init__()
        self.loaf_g = loaf_g
        self.bake_loss = bake_loss

    def construct(self, flour_kg, water_kg, scale):
        rec = BatchRecord((flour_kg + water_kg) * scale, water_kg / flour_kg)
        rec.expected_loaves = ops.floor(rec.dough_kg * 1000.0 / self.loaf_g)
        baked_kg = rec.expected_loaves * self.loaf_g * (1 - self.bake_loss) / 1000.0
        return rec.expected_loaves, baked_kg, rec.hydration


def make():
    np.random.seed(20)
    return BatchPlanner(), (Tensor(100.0, ms.float32), Tensor(68.0, ms.float32), Tensor(2.5, ms.float32))
