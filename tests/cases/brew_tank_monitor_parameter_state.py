# case: tank monitor that keeps the previous gravity reading in a Parameter updated with ops.assign -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TankMonitorParam(nn.Cell):
    def __init__(self, n_tanks=5, og=1.050):
        super().__init__()
        self.og = og
        self.last_sg = Parameter(Tensor(np.full(n_tanks, og, np.float32)), name="last_sg", requires_grad=False)
        self.count = Parameter(Tensor(0, ms.int32), name="count", requires_grad=False)

    def construct(self, sg):
        delta = self.last_sg - sg
        ops.assign(self.last_sg, sg)
        ops.assign_add(self.count, Tensor(1, ms.int32))
        att = (self.og - sg) / (self.og - 1.0)
        return att, delta


def make():
    np.random.seed(21)
    sg = np.random.uniform(1.010, 1.030, size=5).astype(np.float32)
    return TankMonitorParam(), (Tensor(sg),)
