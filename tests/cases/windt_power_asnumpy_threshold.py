# case: power-curve anomaly scorer computes a 95th-percentile residual threshold with np.percentile on .asnumpy() inside construct -> host round trip in Graph mode, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileAnomaly(nn.Cell):
    def __init__(self, q=95.0, rated_power=1500.0):
        super().__init__()
        self.q = q
        self.rated_power = rated_power
        self.reg = nn.Dense(3, 1)

    def construct(self, feats, power):
        pred = self.reg(feats).squeeze(-1) * self.rated_power
        resid = ops.abs(power - pred)
        thr = np.percentile(resid.asnumpy(), self.q)
        return (resid > Tensor(thr, ms.float32)).astype(ms.float32)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.rand(50, 3).astype(np.float32))
    power = Tensor(np.random.uniform(0, 1500, size=(50,)).astype(np.float32))
    return PercentileAnomaly(), (feats, power)
