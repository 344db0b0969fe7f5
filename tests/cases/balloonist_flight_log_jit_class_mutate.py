# case: a jit_class flight accumulator created in __init__ whose running totals are updated inside construct -> mutating a jit_class attribute in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FuelAccumulator:
    def __init__(self, tank_litres):
        self.tank = tank_litres
        self.burnt = 0.0

    def remaining(self):
        return self.tank - self.burnt


class FuelGauge(nn.Cell):
    def __init__(self, tank_litres=80.0, litres_per_sec=0.05):
        super().__init__()
        self.acc = FuelAccumulator(tank_litres)
        self.rate = litres_per_sec

    def construct(self, burner_on):
        self.acc.burnt = self.acc.burnt + burner_on.sum() * self.rate
        return self.acc.remaining()


def make():
    np.random.seed(102)
    burner = Tensor((np.random.rand(120) > 0.5).astype(np.float32))
    return FuelGauge(), (burner,)
