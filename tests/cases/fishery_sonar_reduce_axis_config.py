# case: sonar ping integrator sums over the range axis chosen by a config string at build time -> axis is a python constant, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"range": 0, "beam": 1}


class EchoIntegrator(nn.Cell):
    def __init__(self, integrate_over="range", cell_thickness_m=0.5):
        super().__init__()
        self.axis = AXES[integrate_over]
        self.dz = cell_thickness_m

    def construct(self, sv_linear):
        nasc = 4 * 3.14159 * 1852.0 ** 2 * sv_linear.sum(axis=self.axis) * self.dz
        return nasc, nasc.argmax()


def make():
    np.random.seed(46)
    sv = Tensor(np.random.uniform(1e-8, 1e-6, size=(60, 24)).astype(np.float32))
    return EchoIntegrator(), (sv,)
