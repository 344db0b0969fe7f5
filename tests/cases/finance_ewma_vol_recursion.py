# case: RiskMetrics EWMA variance recursion in a loop over time with a Parameter-free state -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EWMAVolatility(nn.Cell):
    """sigma2_t = lambda * sigma2_{t-1} + (1 - lambda) * r_{t-1}^2, seeded with sample variance."""

    def __init__(self, lam=0.94, warmup=5, annualize=True, periods=252):
        super().__init__()
        self.lam = lam
        self.warmup = warmup
        self.annualize = annualize
        self.periods = periods

    def seed_variance(self, returns):
        head = returns[:self.warmup]
        return (head * head).mean(axis=0)

    def construct(self, returns):
        var = self.seed_variance(returns)
        out = []
        for t in range(self.warmup, returns.shape[0]):
            var = self.lam * var + (1.0 - self.lam) * returns[t - 1] ** 2
            out.append(var)
        sig = ops.sqrt(ops.stack(out))
        if self.annualize:
            sig = sig * (self.periods ** 0.5)
        return sig


def make():
    np.random.seed(31)
    r = (0.012 * np.random.randn(25, 3)).astype(np.float32)
    return EWMAVolatility(), (Tensor(r),)
