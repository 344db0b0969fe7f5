# case: trim a yarn tension trace to the number of valid samples reported by the sensor (tensor) before scoring -> slice bound from tensor value gives dynamic shape / error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionAnomalyScorer(nn.Cell):
    def __init__(self, nominal=12.5, spread=1.5):
        super().__init__()
        self.nominal = nominal
        self.spread = spread

    def zscore(self, trace):
        return ops.abs(trace - self.nominal) / self.spread

    def construct(self, trace, valid_len):
        # sensor buffer is padded; only the first valid_len samples are real
        real = trace[:valid_len]
        z = self.zscore(real)
        return z.max(), z.mean()


def make():
    np.random.seed(1)
    trace = Tensor((12.5 + np.random.randn(64)).astype(np.float32))
    valid_len = Tensor(48, ms.int32)
    return TensionAnomalyScorer(), (trace, valid_len)
