# case: estimate aerodynamic CdA and print a constant label plus the tensor with print() -> plain print of string and tensor, graph supports it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CdAFit(nn.Cell):
    def __init__(self, rho=1.225, mass=80.0, crr=0.0045, verbose=True):
        super().__init__()
        self.rho = rho
        self.mass = mass
        self.crr = crr
        self.verbose = verbose

    def construct(self, watts, speed):
        rolling = self.crr * self.mass * 9.81 * speed
        cda = 2.0 * ops.relu(watts - rolling) / (self.rho * speed ** 3 + 1e-3)
        est = cda.mean()
        if self.verbose:
            print("CdA estimate:", est)
        return est


def make():
    np.random.seed(142)
    speed = np.random.normal(11.0, 0.7, 300).astype(np.float32)
    watts = (0.5 * 1.225 * 0.30 * speed ** 3 + 0.0045 * 80 * 9.81 * speed).astype(np.float32)
    return CdAFit(), (Tensor(watts), Tensor(speed))
