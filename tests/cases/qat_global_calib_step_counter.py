# case: calibration pass tracks the number of calibration batches in a module-level global updated from construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

_CALIB_STEPS = 0
MAX_CALIB_STEPS = 16


class CalibratingQuantStub(nn.Cell):
    def __init__(self, num_bits=8):
        super().__init__()
        self.qmax = 2 ** (num_bits - 1) - 1
        self.absmax = Parameter(Tensor(1e-6, ms.float32), name="absmax", requires_grad=False)

    def construct(self, x):
        global _CALIB_STEPS
        if _CALIB_STEPS < MAX_CALIB_STEPS:
            ops.assign(self.absmax, ops.maximum(self.absmax, ops.abs(x).max()))
            _CALIB_STEPS += 1
        scale = self.absmax / self.qmax
        return ops.round(x / scale) * scale


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(4, 4).astype(np.float32))
    return CalibratingQuantStub(), (x,)
