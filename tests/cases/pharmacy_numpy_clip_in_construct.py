# case: cap the infusion rate computed from body surface area with np.clip applied to the tensor inside construct -> graph mode rejects NumPy on a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_RATE = 5.0
MAX_RATE = 250.0


def mosteller_bsa(height_cm, weight_kg):
    return ops.sqrt(height_cm * weight_kg / 3600.0)


class InfusionRate(nn.Cell):
    def __init__(self, mg_per_m2=75.0, infusion_hours=1.0):
        super().__init__()
        self.mg_per_m2 = mg_per_m2
        self.hours = infusion_hours

    def construct(self, height_cm, weight_kg):
        bsa = mosteller_bsa(height_cm, weight_kg)
        rate = bsa * self.mg_per_m2 / self.hours
        rate = np.clip(rate, MIN_RATE, MAX_RATE)
        return rate


def make():
    np.random.seed(201)
    h = Tensor(np.random.uniform(140, 195, (5,)).astype(np.float32))
    w = Tensor(np.random.uniform(40, 120, (5,)).astype(np.float32))
    return InfusionRate(), (h, w)
