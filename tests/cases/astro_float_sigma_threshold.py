# case: build a detection threshold as a Python float with float(std) and round it for the alert level -> host conversion of tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransientAlert(nn.Cell):
    def __init__(self, nsigma=5.0):
        super().__init__()
        self.nsigma = nsigma

    def construct(self, ref_flux, new_flux):
        diff = new_flux - ref_flux
        sigma = float(diff.std())
        level = round(self.nsigma * sigma, 2)
        alerts = (ops.abs(diff) > level).astype(ms.float32)
        return alerts, diff * alerts


def make():
    np.random.seed(7)
    ref = np.random.uniform(50.0, 60.0, 32).astype(np.float32)
    new = (ref + np.random.normal(0.0, 1.0, 32)).astype(np.float32)
    new[[3, 21]] += 25.0
    return TransientAlert(), (Tensor(ref), Tensor(new))
