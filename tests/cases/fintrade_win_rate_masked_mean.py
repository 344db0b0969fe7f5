# case: win rate and mean winning PnL computed with ops.where and mask counts instead of boolean indexing -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WinRate(nn.Cell):
    def __init__(self, fee_bps=1.0):
        super().__init__()
        self.fee = fee_bps * 1e-4

    def construct(self, entry, exit_px, qty):
        pnl = (exit_px - entry) * qty - self.fee * (entry + exit_px) * ops.abs(qty)
        win = pnl > 0
        n_win = win.astype(ms.float32).sum()
        win_pnl = ops.where(win, pnl, ops.zeros_like(pnl))
        mean_win = win_pnl.sum() / ops.maximum(n_win, 1.0)
        win_rate = n_win / pnl.shape[0]
        return win_rate, mean_win


def make():
    np.random.seed(9)
    entry = (100.0 + np.random.randn(25)).astype(np.float32)
    exit_px = (entry + np.random.randn(25)).astype(np.float32)
    qty = np.random.choice([-10.0, 10.0, 20.0], size=(25,)).astype(np.float32)
    return WinRate(), (Tensor(entry), Tensor(exit_px), Tensor(qty))
