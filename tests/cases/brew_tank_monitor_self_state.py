# case: tank monitor that stores the last gravity reading and a reading counter as attributes written on self inside construct -> attribute writes on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TankMonitor(nn.Cell):
    def __init__(self, og=1.050):
        super().__init__()
        self.og = og
        self.last_sg = None
        self.n_readings = 0

    def construct(self, sg):
        if self.last_sg is None:
            delta = ops.zeros_like(sg)
        else:
            delta = self.last_sg - sg
        self.last_sg = sg
        self.n_readings += 1
        att = (self.og - sg) / (self.og - 1.0)
        return att, delta


def make():
    np.random.seed(20)
    sg = np.random.uniform(1.010, 1.030, size=5).astype(np.float32)
    return TankMonitor(), (Tensor(sg),)
