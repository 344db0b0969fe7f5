# case: @ms.jit_class cash ledger instantiated in construct, mutated through a backtest loop and returned -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CashLedger:
    def __init__(self, cash):
        self.cash = cash
        self.fees = cash * 0.0

    def settle(self, trade_value, fee_rate):
        fee = ops.abs(trade_value) * fee_rate
        self.cash = self.cash - trade_value - fee
        self.fees = self.fees + fee


class LedgerBacktest(nn.Cell):
    def __init__(self, fee_rate=0.001, steps=5):
        super().__init__()
        self.fee_rate = fee_rate
        self.steps = steps

    def construct(self, start_cash, trade_values):
        ledger = CashLedger(start_cash)
        for t in range(self.steps):
            ledger.settle(trade_values[t], self.fee_rate)
        return ledger


def make():
    trades = np.array([100.0, -40.0, 25.0, -80.0, 10.0], np.float32)
    return LedgerBacktest(), (Tensor(1000.0, ms.float32), Tensor(trades))
