# case: rebalancer moves only part way toward target when turnover exceeds a cap, using a scalar blend factor from ops.select (same shapes either way) -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CappedRebalancer(nn.Cell):
    def __init__(self, max_turnover=0.3, min_trade=0.005):
        super().__init__()
        self.max_turnover = max_turnover
        self.min_trade = min_trade

    def construct(self, current_w, target_w):
        diff = target_w - current_w
        turnover = ops.abs(diff).sum() / 2.0
        scale = ops.minimum(self.max_turnover / (turnover + 1e-8), ops.ones_like(turnover))
        trades = diff * scale
        small = ops.abs(trades) < self.min_trade
        trades = ops.select(small, ops.zeros_like(trades), trades)
        new_w = current_w + trades
        return new_w / new_w.sum(), trades


def make():
    np.random.seed(19)
    cur = np.random.dirichlet(np.ones(8)).astype(np.float32)
    tgt = np.random.dirichlet(np.ones(8)).astype(np.float32)
    return CappedRebalancer(), (Tensor(cur), Tensor(tgt))
