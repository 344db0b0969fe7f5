# case: compute the free ammonia fraction from total ammonia, pH and temperature, guarding the computation with try/except and a fallback -> try statement in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pka_ammonia(temp_c):
    return 0.09018 + 2729.92 / (temp_c + 273.15)


class FreeAmmonia(nn.Cell):
    def __init__(self, toxic_mg_l=0.02):
        super().__init__()
        self.toxic = toxic_mg_l

    def construct(self, tan_mg_l, ph, temp_c):
        try:
            frac = 1.0 / (1.0 + ops.pow(10.0, pka_ammonia(temp_c) - ph))
        except ValueError:
            frac = ops.zeros_like(ph)
        nh3 = tan_mg_l * frac
        return nh3, (nh3 > self.toxic).astype(ms.float32)


def make():
    np.random.seed(121)
    tan = Tensor(np.random.uniform(0.0, 1.0, size=(12,)).astype(np.float32))
    ph = Tensor(np.random.uniform(7.8, 8.4, size=(12,)).astype(np.float32))
    temp = Tensor(np.random.uniform(22.0, 27.0, size=(12,)).astype(np.float32))
    return FreeAmmonia(), (tan, ph, temp)
