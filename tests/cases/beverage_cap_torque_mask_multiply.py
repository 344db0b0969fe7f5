# case: score cap torque anomalies per capping head, zeroing in-spec readings by multiplying with a mask -> masks used by multiplication keep static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def spec_window(nominal, tol):
    return nominal - tol, nominal + tol


class TorqueAnomalyScorer(nn.Cell):
    def __init__(self, nominal_nm=1.8, tol_nm=0.25, n_heads=12):
        super().__init__()
        self.low, self.high = spec_window(nominal_nm, tol_nm)
        self.centre = (self.low + self.high) / 2
        self.head_weight = ms.Parameter(Tensor(np.ones(n_heads, np.float32)), name="head_weight")

    def construct(self, torque):
        out_of_spec = ops.logical_or(torque < self.low, torque > self.high)
        mask = out_of_spec.astype(ms.float32)
        severity = ops.abs(torque - self.centre) * mask
        per_head = severity.sum(axis=0) * self.head_weight
        rate = mask.mean(axis=0)
        return per_head, rate


def make():
    np.random.seed(22)
    torque = (1.8 + 0.2 * np.random.randn(24, 12)).astype(np.float32)
    return TorqueAnomalyScorer(), (Tensor(torque),)
