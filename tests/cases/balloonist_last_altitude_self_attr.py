# case: remember the last altitude fix on self inside construct so the next call can compute climb rate -> writing a plain attribute of self in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VariometerCell(nn.Cell):
    def __init__(self, dt_s=2.0):
        super().__init__()
        self.dt = dt_s
        self.last_alt = Tensor(np.array(0.0, dtype=np.float32))

    def construct(self, altitude_fix):
        climb = (altitude_fix - self.last_alt) / self.dt
        self.last_alt = altitude_fix
        return climb


def make():
    np.random.seed(111)
    fix = Tensor(np.array(412.0, dtype=np.float32))
    return VariometerCell(), (fix,)
