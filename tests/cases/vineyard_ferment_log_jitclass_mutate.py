# case: a @ms.jit_class fermentation log created in construct accumulates the peak temperature and total sugar drop as the tank is stepped through -> jit_class instance attributes mutated inside construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FermentLog:
    def __init__(self, peak, drop):
        self.peak = peak
        self.drop = drop


class TankStepper(nn.Cell):
    def __init__(self, n_steps=4):
        super().__init__()
        self.n_steps = n_steps
        self.k = ms.Parameter(Tensor(0.08, ms.float32))

    def construct(self, sugar, temp):
        log = FermentLog(temp, ops.zeros_like(sugar))
        for _ in range(self.n_steps):
            consumed = self.k * sugar * (temp / 25.0)
            sugar = sugar - consumed
            temp = temp + 0.4 * consumed
            log.peak = ops.maximum(log.peak, temp)
            log.drop = log.drop + consumed
        return sugar, log.peak, log.drop


def make():
    np.random.seed(91)
    sugar = Tensor(np.array([230.0, 215.0, 240.0], np.float32))
    temp = Tensor(np.array([18.0, 20.0, 19.5], np.float32))
    return TankStepper(), (sugar, temp)
