# case: SCADA gap filler loops for i in range(n_valid) where n_valid is a tensor count of valid samples, accumulating an exponential moving average -> loop bound from tensor value, expect error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidSampleEMA(nn.Cell):
    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha

    def construct(self, temps, valid):
        n_valid = valid.astype(ms.int32).sum()
        ema = temps[0]
        for i in range(n_valid):
            ema = self.alpha * temps[i] + (1 - self.alpha) * ema
        return ema


def make():
    np.random.seed(20)
    temps = Tensor(np.random.uniform(-5, 25, size=(20,)).astype(np.float32))
    valid = Tensor(np.random.rand(20) > 0.3)
    return ValidSampleEMA(), (temps, valid)
