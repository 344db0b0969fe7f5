# case: daily PnL cell that prints an f-string with the PnL and gross exposure tensors for monitoring -> f-string formatting of tensor values inside construct, error or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyPnL(nn.Cell):
    def __init__(self, cost_bps=5.0, verbose=True):
        super().__init__()
        self.cost = cost_bps * 1e-4
        self.verbose = verbose

    def construct(self, w_prev, w_new, asset_ret):
        turnover = ops.abs(w_new - w_prev).sum()
        pnl = (w_prev * asset_ret).sum() - self.cost * turnover
        gross = ops.abs(w_new).sum()
        if self.verbose:
            print(f"pnl={pnl} gross={gross} turnover={turnover}")
        return pnl


def make():
    np.random.seed(22)
    w_prev = Tensor(np.random.dirichlet(np.ones(6)).astype(np.float32))
    w_new = Tensor(np.random.dirichlet(np.ones(6)).astype(np.float32))
    ret = Tensor((np.random.randn(6) * 0.01).astype(np.float32))
    return DailyPnL(), (w_prev, w_new, ret)
