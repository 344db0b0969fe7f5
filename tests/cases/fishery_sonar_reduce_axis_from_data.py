# case: sonar ping integrator picks the integration axis (range or beam) from a mode tensor sent by the echosounder -> reduce axis taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EchoIntegrator(nn.Cell):
    def __init__(self, cell_thickness_m=0.5):
        super().__init__()
        self.dz = cell_thickness_m

    def construct(self, sv_linear, mode):
        axis = int(mode)
        nasc = 4 * 3.14159 * 1852.0 ** 2 * sv_linear.sum(axis=axis) * self.dz
        return nasc


def make():
    np.random.seed(45)
    sv = Tensor(np.random.uniform(1e-8, 1e-6, size=(60, 60)).astype(np.float32))
    return EchoIntegrator(), (sv, Tensor(np.array(0, dtype=np.int32)))
