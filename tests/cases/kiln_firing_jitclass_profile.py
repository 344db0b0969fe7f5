# case: firing profile helper is a @ms.jit_class built in __init__ and only read in construct to convert cone numbers to target temperatures -> read-only jit_class use
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ConeChart:
    def __init__(self):
        self.base_c = 1000.0
        self.step_c = 20.0

    def target(self, cone):
        return self.base_c + cone * self.step_c


class FiringTarget(nn.Cell):
    def __init__(self):
        super().__init__()
        self.chart = ConeChart()
        self.offset = ms.Parameter(Tensor(np.zeros(1, np.float32)), name="offset")

    def construct(self, cones, measured):
        target = self.chart.target(cones)
        return ops.abs(measured - target - self.offset).mean()


def make():
    np.random.seed(92)
    cones = np.array([4.0, 6.0, 8.0, 10.0], np.float32)
    measured = (1000 + cones * 20 + np.random.randn(4)).astype(np.float32)
    return FiringTarget(), (Tensor(cones), Tensor(measured))
