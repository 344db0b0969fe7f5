# case: dose normaliser that accepts a Python float or a per-patient tensor body weight, dispatched with isinstance -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightBasedDose(nn.Cell):
    def __init__(self, mg_per_kg=2.5, cap_mg=200.0):
        super().__init__()
        self.mg_per_kg = mg_per_kg
        self.cap_mg = cap_mg

    def to_kg(self, weight):
        if isinstance(weight, (int, float)):
            return weight * 1.0
        return weight.astype(ms.float32)

    def construct(self, weights, reference_weight):
        w = self.to_kg(weights)
        ref = self.to_kg(reference_weight)
        dose = ops.minimum(w * self.mg_per_kg, self.cap_mg)
        return dose, dose / (ref * self.mg_per_kg)


def make():
    np.random.seed(37)
    weights = np.random.uniform(45, 120, size=8).astype(np.float32)
    return WeightBasedDose(), (Tensor(weights), 70.0)
