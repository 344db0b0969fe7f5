# case: compute a premium loading from the portfolio loss ratio converted with float() and Python min/max -> float(t) on a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PREMIUM_RULES = {"base_loading": 0.15, "max_loading": 0.40, "target_lr": 0.65}


class PremiumLoader(nn.Cell):
    def __init__(self, rules=None):
        super().__init__()
        rules = rules or PREMIUM_RULES
        self.base = rules["base_loading"]
        self.cap = rules["max_loading"]
        self.target = rules["target_lr"]

    def construct(self, losses, earned_premium, pure_premium):
        loss_ratio = float(losses.sum() / earned_premium.sum())
        loading = self.base + max(0.0, loss_ratio - self.target)
        loading = min(loading, self.cap)
        return pure_premium * (1.0 + loading)


def make():
    np.random.seed(8)
    losses = Tensor(np.random.gamma(2.0, 400.0, size=(10,)).astype(np.float32))
    ep = Tensor(np.random.uniform(900, 1300, size=(10,)).astype(np.float32))
    pure = Tensor(np.random.uniform(300, 700, size=(10,)).astype(np.float32))
    return PremiumLoader(), (losses, ep, pure)
