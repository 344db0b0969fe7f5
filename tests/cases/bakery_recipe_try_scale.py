# case: scale a recipe to the ordered dough mass, wrapping the ratio in try/except to fall back to the base batch -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecipeResizer(nn.Cell):
    def __init__(self, base_batch_kg=50.0):
        super().__init__()
        self.base_batch_kg = base_batch_kg

    def construct(self, bakers_pct, target_dough_kg):
        total_pct = bakers_pct.sum()
        try:
            flour_kg = target_dough_kg / (total_pct / 100.0)
        except ZeroDivisionError:
            flour_kg = self.base_batch_kg
        return bakers_pct / 100.0 * flour_kg


def make():
    np.random.seed(27)
    pct = np.array([100.0, 68.0, 2.0, 1.2, 20.0], np.float32)  # flour, water, salt, yeast, levain
    return RecipeResizer(), (Tensor(pct), Tensor(240.0, ms.float32))
