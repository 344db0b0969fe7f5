# case: saw blade wear tracker stores the latest wear rate on self inside construct for later logging -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeWearRate(nn.Cell):
    def __init__(self, blade_diameter_mm=3500.0):
        super().__init__()
        self.blade_diameter = blade_diameter_mm
        self.last_rate = None
        self.log_every = 10

    def construct(self, segment_loss_mm, cut_area_m2):
        rate = segment_loss_mm.mean() / (cut_area_m2.sum() + 1e-6)
        self.last_rate = rate
        life_m2 = (self.blade_diameter * 1e-3) / (rate + 1e-9)
        return rate, life_m2


def make():
    np.random.seed(81)
    loss = Tensor(np.random.uniform(0.01, 0.05, 30).astype(np.float32))
    area = Tensor(np.random.uniform(2.0, 6.0, 30).astype(np.float32))
    return BladeWearRate(), (loss, area)
