# case: remember the last altitude fix in a non-trainable Parameter updated with ops.assign -> state update through Parameter, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VariometerCell(nn.Cell):
    def __init__(self, dt_s=2.0):
        super().__init__()
        self.dt = dt_s
        self.last_alt = Parameter(Tensor(np.array(0.0, dtype=np.float32)),
                                  name="last_alt", requires_grad=False)

    def construct(self, altitude_fix):
        climb = (altitude_fix - self.last_alt) / self.dt
        ops.assign(self.last_alt, altitude_fix)
        return climb


def make():
    np.random.seed(112)
    fix = Tensor(np.array(412.0, dtype=np.float32))
    return VariometerCell(), (fix,)
