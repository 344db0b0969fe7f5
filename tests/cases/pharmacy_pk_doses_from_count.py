# case: superpose one-compartment plasma curves for each dose given so far, the number of doses read from a tensor with int() -> data-dependent loop count, graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def one_compartment(t, dose, vd, ke):
    conc = dose / vd * ops.exp(-ke * t)
    return conc * (t >= 0).astype(ms.float32)


class PlasmaLevel(nn.Cell):
    def __init__(self, vd_l=40.0, half_life_h=6.0, interval_h=8.0):
        super().__init__()
        self.vd = vd_l
        self.ke = float(np.log(2.0) / half_life_h)
        self.interval = interval_h

    def construct(self, t_grid, dose_mg, n_doses):
        conc = ops.zeros_like(t_grid)
        for i in range(int(n_doses)):
            conc = conc + one_compartment(t_grid - i * self.interval, dose_mg, self.vd, self.ke)
        return conc


def make():
    np.random.seed(171)
    t = Tensor(np.linspace(0, 48, 97).astype(np.float32))
    dose = Tensor(np.array(500.0, np.float32))
    n = Tensor(np.array(4, np.int32))
    return PlasmaLevel(), (t, dose, n)
