# case: fits a log-linear dose-response slope with np.polyfit on .asnumpy() of the responses inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoseResponseSlope(nn.Cell):
    def __init__(self, log_dose=True):
        super().__init__()
        self.log_dose = log_dose

    def construct(self, doses, responses):
        x = ops.log(doses) if self.log_dose else doses
        x_np = x.asnumpy()
        y_np = responses.asnumpy()
        slope, intercept = np.polyfit(x_np, y_np, 1)
        fitted = Tensor(slope, ms.float32) * x + Tensor(intercept, ms.float32)
        residual = responses - fitted
        return fitted, (residual ** 2).mean()


def make():
    np.random.seed(8)
    doses = np.array([0.5, 1, 2, 4, 8, 16, 32], dtype=np.float32)
    resp = (10 + 5 * np.log(doses) + np.random.randn(7)).astype(np.float32)
    return DoseResponseSlope(), (Tensor(doses), Tensor(resp))
