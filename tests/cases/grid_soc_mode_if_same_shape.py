# case: battery controller branches on whether the tensor SOC is below a reserve, but both branches return a dispatch of the same shape -> static (control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ControllerConfig:
    reserve_frac = 0.2
    max_discharge_kw = 25.0
    max_charge_kw = 20.0


class BatteryController(nn.Cell):
    def __init__(self, capacity_kwh=100.0, cfg=ControllerConfig()):
        super().__init__()
        self.capacity = capacity_kwh
        self.reserve = cfg.reserve_frac * capacity_kwh
        self.max_dis = cfg.max_discharge_kw
        self.max_chg = cfg.max_charge_kw

    def construct(self, soc, price):
        if soc < self.reserve:
            dispatch = -ops.ones_like(price) * self.max_chg
        else:
            cheap = price < price.mean()
            dispatch = ops.where(cheap, -self.max_chg * ops.ones_like(price), self.max_dis * ops.ones_like(price))
        return dispatch


def make():
    np.random.seed(39)
    soc = Tensor(np.array(45.0, dtype=np.float32))
    price = Tensor(np.random.uniform(0.05, 0.4, size=(24,)).astype(np.float32))
    return BatteryController(), (soc, price)
