# case: stereo confidence filter thresholds at the 80th percentile computed with numpy on the tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileConfidenceFilter(nn.Cell):
    def __init__(self, q=80.0, invalid_value=0.0):
        super().__init__()
        self.q = q
        self.invalid_value = invalid_value

    def confidence(self, cost):
        prob = ops.softmax(-cost, axis=1)
        return prob.max(axis=1)

    def construct(self, cost, disp):
        conf = self.confidence(cost)
        thr = np.percentile(conf.asnumpy(), 100.0 - self.q)
        keep = conf >= Tensor(thr, ms.float32)
        return ops.where(keep, disp, ops.full_like(disp, self.invalid_value))


def make():
    np.random.seed(12)
    cost = Tensor(np.random.randn(1, 8, 6, 10).astype(np.float32))
    disp = Tensor((np.random.rand(1, 6, 10) * 8).astype(np.float32))
    return PercentileConfidenceFilter(), (cost, disp)
