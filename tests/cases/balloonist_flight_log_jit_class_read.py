# case: a jit_class tank spec created in __init__ and only read in construct to compute remaining fuel -> reading jit_class attributes and methods, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TankSpec:
    def __init__(self, tank_litres, reserve_frac):
        self.tank = tank_litres
        self.reserve = reserve_frac

    def usable(self):
        return self.tank * (1.0 - self.reserve)


class FuelGauge(nn.Cell):
    def __init__(self, tank_litres=80.0, litres_per_sec=0.05):
        super().__init__()
        self.spec = TankSpec(tank_litres, 0.25)
        self.rate = litres_per_sec

    def construct(self, burner_on):
        burnt = burner_on.sum() * self.rate
        return self.spec.usable() - burnt


def make():
    np.random.seed(103)
    burner = Tensor((np.random.rand(120) > 0.5).astype(np.float32))
    return FuelGauge(), (burner,)
