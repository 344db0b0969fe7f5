# case: drop coasting samples (cadence == 0) with a boolean mask before averaging pedalling cadence -> boolean-mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CadenceStats(nn.Cell):
    def __init__(self, min_rpm=1.0):
        super().__init__()
        self.min_rpm = min_rpm

    def construct(self, cadence, watts):
        pedalling = cadence >= self.min_rpm
        active_cad = cadence[pedalling]
        active_pow = watts[pedalling]
        avg_cad = active_cad.mean()
        torque = active_pow / (active_cad * 2.0 * 3.14159 / 60.0)
        return avg_cad, torque.mean()


def make():
    np.random.seed(21)
    cad = np.random.normal(88, 6, size=400).astype(np.float32)
    cad[np.random.rand(400) < 0.2] = 0.0
    watts = (cad * 2.6 + np.random.normal(0, 10, 400)).clip(0).astype(np.float32)
    return CadenceStats(), (Tensor(cad), Tensor(watts))
