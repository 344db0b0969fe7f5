# case: pull out the cap torque readings that exceed the spec window for an anomaly report -> masked_select gives a data-dependent length, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def spec_window(nominal, tol):
    return nominal - tol, nominal + tol


class TorqueAnomalyExtractor(nn.Cell):
    def __init__(self, nominal_nm=1.8, tol_nm=0.25):
        super().__init__()
        self.low, self.high = spec_window(nominal_nm, tol_nm)

    def construct(self, torque, head_ids):
        out_of_spec = ops.logical_or(torque < self.low, torque > self.high)
        bad_torque = ops.masked_select(torque, out_of_spec)
        bad_heads = ops.masked_select(head_ids, out_of_spec)
        severity = ops.abs(bad_torque - (self.low + self.high) / 2)
        return bad_heads, severity


def make():
    np.random.seed(21)
    torque = (1.8 + 0.2 * np.random.randn(24, 12)).astype(np.float32)
    heads = np.tile(np.arange(12, dtype=np.int32), (24, 1))
    return TorqueAnomalyExtractor(), (Tensor(torque), Tensor(heads))
