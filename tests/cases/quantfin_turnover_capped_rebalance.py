# case: move from current to target weights under a per-asset trade cap and a total turnover budget, using clip and a scalar rescale, with settings from a plain config class -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RebalanceConfig:
    max_trade = 0.05
    turnover_budget = 0.2
    long_only = True


class CappedRebalance(nn.Cell):
    def __init__(self, cfg=RebalanceConfig):
        super().__init__()
        self.max_trade = cfg.max_trade
        self.budget = cfg.turnover_budget
        self.long_only = cfg.long_only

    def construct(self, current_w, target_w):
        trade = ops.clamp(target_w - current_w, -self.max_trade, self.max_trade)
        turnover = ops.abs(trade).sum(axis=-1, keepdims=True)
        scale = ops.minimum(ops.ones_like(turnover), self.budget / (turnover + 1e-9))
        w = current_w + trade * scale
        if self.long_only:
            w = ops.relu(w)
        return w / w.sum(axis=-1, keepdims=True)


def make():
    np.random.seed(39)
    cur = Tensor(np.random.dirichlet(np.ones(8), size=2).astype(np.float32))
    tgt = Tensor(np.random.dirichlet(np.ones(8), size=2).astype(np.float32))
    return CappedRebalance(), (cur, tgt)
