# case: superpose one-compartment plasma curves over a fixed regimen of doses (Python int from config) with a per-dose amount tensor -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def one_compartment(t, dose, vd, ke):
    conc = dose / vd * ops.exp(-ke * t)
    return conc * (t >= 0).astype(ms.float32)


class PlasmaLevel(nn.Cell):
    def __init__(self, n_doses=4, vd_l=40.0, half_life_h=6.0, interval_h=8.0, mec=5.0):
        super().__init__()
        self.n_doses = n_doses
        self.vd = vd_l
        self.ke = float(np.log(2.0) / half_life_h)
        self.interval = interval_h
        self.mec = mec

    def construct(self, t_grid, doses_mg):
        conc = ops.zeros_like(t_grid)
        for i in range(self.n_doses):
            conc = conc + one_compartment(t_grid - i * self.interval, doses_mg[i], self.vd, self.ke)
        time_above = (conc > self.mec).astype(ms.float32).mean()
        return conc, time_above


def make():
    np.random.seed(172)
    t = Tensor(np.linspace(0, 48, 97).astype(np.float32))
    doses = Tensor(np.array([1000.0, 500.0, 500.0, 500.0], np.float32))
    return PlasmaLevel(), (t, doses)
