# case: six-component balance reduction using a jit_class holding the calibration, created in __init__ and only read in construct -> jit_class attribute read, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BalanceCalibration:
    def __init__(self, matrix, tare):
        self.matrix = Tensor(matrix)
        self.tare = Tensor(tare)

    def apply(self, volts):
        return ops.matmul(self.matrix, volts - self.tare)


class SixComponentBalanceCal(nn.Cell):
    def __init__(self, calib, tare):
        super().__init__()
        self.cal = BalanceCalibration(calib, tare)

    def construct(self, bridge_volts, q_area):
        forces = self.cal.apply(bridge_volts)
        coeffs = forces / q_area
        return coeffs[2], coeffs[0], coeffs[4]


def make():
    np.random.seed(82)
    calib = (np.eye(6) * 250.0 + np.random.randn(6, 6) * 2.0).astype(np.float32)
    tare = (np.random.randn(6) * 0.001).astype(np.float32)
    v = (np.random.randn(6) * 0.01).astype(np.float32)
    return SixComponentBalanceCal(calib, tare), (Tensor(v), Tensor(np.float32(24.5)))
