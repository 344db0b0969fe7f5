# case: maximum drawdown of an equity curve computed by pulling it to NumPy and using np.maximum.accumulate -> host round trip with asnumpy inside construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxDrawdown(nn.Cell):
    def __init__(self):
        super().__init__()

    def equity(self, returns):
        return ops.cumprod(1.0 + returns, dim=0)

    def construct(self, returns):
        eq = self.equity(returns)
        eq_np = eq.asnumpy()
        peak = np.maximum.accumulate(eq_np)
        dd = Tensor(peak - eq_np) / Tensor(peak)
        return dd.max()


def make():
    np.random.seed(14)
    returns = Tensor((np.random.randn(100) * 0.01 + 0.0003).astype(np.float32))
    return MaxDrawdown(), (returns,)
