# case: step several fermentation tanks forward and carry the peak temperature and total sugar drop as plain tensors in a fixed-count loop -> no objects, Python-int loop, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def yeast_uptake(k, sugar, temp):
    return k * sugar * (temp / 25.0)


class TankStepper(nn.Cell):
    def __init__(self, n_steps=4):
        super().__init__()
        self.n_steps = n_steps
        self.k = ms.Parameter(Tensor(0.08, ms.float32))

    def construct(self, sugar, temp):
        peak = temp
        drop = ops.zeros_like(sugar)
        for _ in range(self.n_steps):
            consumed = yeast_uptake(self.k, sugar, temp)
            sugar = sugar - consumed
            temp = temp + 0.4 * consumed
            peak = ops.maximum(peak, temp)
            drop = drop + consumed
        return sugar, peak, drop


def make():
    np.random.seed(92)
    sugar = Tensor(np.array([230.0, 215.0, 240.0], np.float32))
    temp = Tensor(np.array([18.0, 20.0, 19.5], np.float32))
    return TankStepper(), (sugar, temp)
