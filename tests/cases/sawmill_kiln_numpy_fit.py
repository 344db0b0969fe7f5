# case: kiln drying model fits an exponential moisture decay by calling np.polyfit on log-moisture inside construct -> NumPy on tensors in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DryingRateEstimator(nn.Cell):
    def __init__(self, emc=0.08):
        super().__init__()
        self.emc = emc
        self.hours = np.arange(10, dtype=np.float32)

    def construct(self, mc_curve):
        excess = ops.log(mc_curve - self.emc)
        slope, intercept = np.polyfit(self.hours, excess.asnumpy(), 1)
        rate = Tensor(-slope, ms.float32)
        return rate, ops.exp(Tensor(intercept, ms.float32)) + self.emc


def make():
    np.random.seed(3209)
    t = np.arange(10, dtype=np.float32)
    curve = 0.08 + 0.5 * np.exp(-0.15 * t) + np.random.rand(10).astype(np.float32) * 0.005
    return DryingRateEstimator(), (Tensor(curve.astype(np.float32)),)
