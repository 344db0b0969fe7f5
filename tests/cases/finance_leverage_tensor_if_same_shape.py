# case: de-leveraging rule branching on a tensor drawdown where both branches keep the weight shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawdownDeleverage(nn.Cell):
    """Halves gross exposure when current drawdown breaches a limit, else re-levers to target."""

    def __init__(self, dd_limit=0.1, target_gross=1.5, cut=0.5):
        super().__init__()
        self.dd_limit = dd_limit
        self.target_gross = target_gross
        self.cut = cut

    def current_drawdown(self, equity):
        return 1.0 - equity[-1] / equity.max()

    def construct(self, weights, equity):
        dd = self.current_drawdown(equity)
        gross = ops.abs(weights).sum()
        if dd > self.dd_limit:
            new_w = weights * self.cut
        else:
            new_w = weights * (self.target_gross / (gross + 1e-8))
        return new_w, dd


def make():
    np.random.seed(35)
    w = np.array([0.6, -0.3, 0.5, -0.2], np.float32)
    eq = np.cumprod(1 + 0.02 * np.random.randn(30)).astype(np.float32)
    return DrawdownDeleverage(), (Tensor(w), Tensor(eq))
