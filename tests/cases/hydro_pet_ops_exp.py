# case: same PET formula but the saturation vapour pressure uses ops.exp and a math constant computed in __init__ -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HargreavesPETTensor(nn.Cell):
    def __init__(self, coeff=0.0023, latitude_deg=45.0, day_of_year=180):
        super().__init__()
        self.coeff = coeff
        # extraterrestrial radiation factor is a plain Python constant computed once
        dr = 1.0 + 0.033 * math.cos(2.0 * math.pi * day_of_year / 365.0)
        self.radiation = 15.0 * dr * math.cos(math.radians(latitude_deg))

    def saturation_vp(self, temp_c):
        return 0.6108 * ops.exp(17.27 * temp_c / (temp_c + 237.3))

    def construct(self, t_mean, t_range):
        es = self.saturation_vp(t_mean)
        pet = self.coeff * self.radiation * (t_mean + 17.8) * ops.sqrt(t_range)
        return pet * es


def make():
    np.random.seed(30)
    t_mean = np.random.uniform(5.0, 25.0, size=(7,)).astype(np.float32)
    t_range = np.random.uniform(4.0, 12.0, size=(7,)).astype(np.float32)
    return HargreavesPETTensor(), (Tensor(t_mean), Tensor(t_range))
