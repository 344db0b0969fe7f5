# case: volatility-targeted position sizing with floor to round lots, all in tensor ops with Python float config -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SizingConfig:
    def __init__(self, risk_frac=0.01, atr_mult=2.0, lot=100, max_weight=0.2):
        self.risk_frac = risk_frac
        self.atr_mult = atr_mult
        self.lot = lot
        self.max_weight = max_weight


class ATRSizer(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else SizingConfig()
        self.risk_frac = cfg.risk_frac
        self.atr_mult = cfg.atr_mult
        self.lot = float(cfg.lot)
        self.max_weight = cfg.max_weight

    def construct(self, equity, atr, price):
        shares = equity * self.risk_frac / (self.atr_mult * atr)
        cap = equity * self.max_weight / price
        shares = ops.minimum(shares, cap)
        lots = ops.floor(shares / self.lot)
        return lots * self.lot * price


def make():
    np.random.seed(17)
    atr = (0.5 + np.random.rand(8)).astype(np.float32)
    price = (20.0 + 10.0 * np.random.rand(8)).astype(np.float32)
    return ATRSizer(SizingConfig(lot=50)), (Tensor(np.float32(1e6)), Tensor(atr), Tensor(price))
