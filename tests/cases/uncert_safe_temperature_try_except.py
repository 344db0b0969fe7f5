# case: temperature-scaled softmax wraps the division in try/except to fall back to unscaled logits on failure -> try statement inside construct, Graph mode does not support it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SafeTemperatureSoftmax(nn.Cell):
    def __init__(self, init_temp=2.0):
        super().__init__()
        self.temperature = Parameter(Tensor(np.array(init_temp, np.float32)), name="temperature")
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, logits):
        try:
            scaled = logits / self.temperature
        except ZeroDivisionError:
            scaled = logits
        return self.softmax(scaled)


def make():
    np.random.seed(0)
    net = SafeTemperatureSoftmax()
    logits = Tensor(np.random.randn(6, 4).astype(np.float32))
    return net, (logits,)
