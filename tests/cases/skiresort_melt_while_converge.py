# case: iterate a snowmelt-refreeze energy balance until the largest temperature change is below tolerance, capped by an iteration counter, state keeps its shape -> tensor-condition while with fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnowpackEnergyBalance(nn.Cell):
    def __init__(self, alpha=0.3, tol=1e-3, max_iter=50):
        super().__init__()
        self.alpha = alpha
        self.tol = tol
        self.max_iter = max_iter

    def relax(self, temp, air_temp):
        upper = ops.concat((temp[:1], temp[:-1]))
        lower = ops.concat((temp[1:], temp[-1:]))
        target = (upper + lower + air_temp) / 3.0
        return temp + self.alpha * (ops.minimum(target, ops.zeros_like(target)) - temp)

    def construct(self, layer_temp, air_temp):
        temp = layer_temp
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new_temp = self.relax(temp, air_temp)
            delta = ops.abs(new_temp - temp).max()
            temp = new_temp
            it = it + 1
        return temp, it


def make():
    np.random.seed(221)
    layers = Tensor(np.random.uniform(-12, -1, (8,)).astype(np.float32))
    air = Tensor(np.random.uniform(-8, 2, (8,)).astype(np.float32))
    return SnowpackEnergyBalance(), (layers, air)
