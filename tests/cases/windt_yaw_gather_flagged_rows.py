# case: yaw-error model gathers only SCADA rows flagged as "turbine producing" using indices from argwhere, then regresses misalignment -> gather with data-dependent index count, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProducingRowPicker(nn.Cell):
    def __init__(self, min_power_kw=50.0):
        super().__init__()
        self.min_power_kw = min_power_kw

    def construct(self, rows, power):
        idx = ops.argwhere(power > self.min_power_kw).squeeze(-1)
        return ops.gather(rows, idx, 0)


class YawErrorRegressor(nn.Cell):
    def __init__(self, n_feats=5):
        super().__init__()
        self.picker = ProducingRowPicker()
        self.reg = nn.Dense(n_feats, 1)

    def construct(self, rows, power):
        producing = self.picker(rows, power)
        yaw_err = self.reg(producing)
        return yaw_err.mean()


def make():
    np.random.seed(16)
    rows = Tensor(np.random.randn(36, 5).astype(np.float32))
    power = Tensor(np.random.uniform(0, 200, size=(36,)).astype(np.float32))
    return YawErrorRegressor(), (rows, power)
