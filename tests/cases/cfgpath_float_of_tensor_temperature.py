# case: sampler converts a learned temperature tensor to a Python float to clamp it with builtin max -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TemperatureScaledLogits(nn.Cell):
    def __init__(self, dim=8, vocab=10, learn_temperature=True, min_temperature=0.05):
        super().__init__()
        self.head = nn.Dense(dim, vocab)
        self.learn_temperature = learn_temperature
        self.min_temperature = min_temperature
        self._init_temperature(1.5)

    def _init_temperature(self, value):
        self.log_temp = Parameter(Tensor(np.log(value), ms.float32), name="log_temp")

    def construct(self, h):
        logits = self.head(h)
        if self.learn_temperature:
            temp = max(float(ops.exp(self.log_temp)), self.min_temperature)
            logits = logits / temp
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(23)
    h = Tensor(np.random.randn(2, 8).astype(np.float32))
    return TemperatureScaledLogits(), (h,)
