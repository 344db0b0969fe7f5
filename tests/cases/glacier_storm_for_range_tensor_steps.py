# case: snowpack settlement is integrated for a number of steps read from a tensor input via range(n) -> for loop over range of a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SettlementModel(nn.Cell):
    def __init__(self, viscosity=1.0e3, dt=1.0):
        super().__init__()
        self.viscosity = viscosity
        self.dt = dt

    def step(self, depth, load):
        strain = load / self.viscosity
        return depth * (1.0 - strain * self.dt)

    def construct(self, depth, load, n_steps):
        for _ in range(n_steps):
            depth = self.step(depth, load)
        return depth


def make():
    np.random.seed(20)
    depth = Tensor(np.random.uniform(0.5, 2.0, size=(6,)).astype(np.float32))
    load = Tensor(np.random.uniform(1, 5, size=(6,)).astype(np.float32))
    return SettlementModel(), (depth, load, Tensor(4, ms.int32))
