# case: rebalancer returns only the top half of the weight vector when turnover is high, else the full vector (if on tensor, branches with different shapes) -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Rebalancer(nn.Cell):
    def __init__(self, max_turnover=0.3):
        super().__init__()
        self.max_turnover = max_turnover

    def construct(self, current_w, target_w):
        turnover = ops.abs(target_w - current_w).sum() / 2.0
        if turnover > self.max_turnover:
            order = ops.sort(target_w, descending=True)[0]
            trades = order[:4] - current_w[:4]
        else:
            trades = target_w - current_w
        return trades


def make():
    np.random.seed(18)
    cur = np.random.dirichlet(np.ones(8)).astype(np.float32)
    tgt = np.random.dirichlet(np.ones(8)).astype(np.float32)
    return Rebalancer(), (Tensor(cur), Tensor(tgt))
