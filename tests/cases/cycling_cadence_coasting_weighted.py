# case: average pedalling cadence ignoring coasting by multiplying with a 0/1 mask and dividing by its sum -> mask used arithmetically, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCadenceStats(nn.Cell):
    def __init__(self, min_rpm=1.0, eps=1e-6):
        super().__init__()
        self.min_rpm = min_rpm
        self.eps = eps

    def masked_mean(self, x, mask):
        return (x * mask).sum() / (mask.sum() + self.eps)

    def construct(self, cadence, watts):
        mask = (cadence >= self.min_rpm).astype(ms.float32)
        avg_cad = self.masked_mean(cadence, mask)
        omega = ops.maximum(cadence, 1.0) * 2.0 * 3.14159 / 60.0
        torque = watts / omega
        avg_torque = self.masked_mean(torque, mask)
        coasting_frac = 1.0 - mask.mean()
        return avg_cad, avg_torque, coasting_frac


def make():
    np.random.seed(22)
    cad = np.random.normal(90, 5, size=400).astype(np.float32)
    cad[np.random.rand(400) < 0.15] = 0.0
    watts = (cad * 2.5 + np.random.normal(0, 8, 400)).clip(0).astype(np.float32)
    return MaskedCadenceStats(), (Tensor(cad), Tensor(watts))
