# case: radiocarbon calibration picks the curve window by converting a tensor index to int and slicing curve[:n] -> error or dynamic shape from tensor-valued slice length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibrationWindow(nn.Cell):
    def __init__(self, step_years=20.0, start_bp=0.0):
        super().__init__()
        self.step_years = step_years
        self.start_bp = start_bp

    def construct(self, curve_c14, measured_age, measured_err):
        upper = measured_age + 3.0 * measured_err
        n = int(((upper - self.start_bp) / self.step_years).astype(ms.int32))
        window = curve_c14[:n]
        z = (window - measured_age) / measured_err
        likelihood = ops.exp(-0.5 * z * z)
        return likelihood / likelihood.sum()


def make():
    np.random.seed(3)
    curve = np.linspace(0.0, 3000.0, 120).astype(np.float32) + np.random.randn(120).astype(np.float32) * 15
    return CalibrationWindow(), (Tensor(curve), Tensor(1450.0, ms.float32), Tensor(35.0, ms.float32))
