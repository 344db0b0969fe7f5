# case: temperature-scaling module caches the last NLL on self inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TemperatureScaler(nn.Cell):
    def __init__(self, init_temperature=1.5, track_nll=True):
        super().__init__()
        self.log_t = Parameter(Tensor(np.log(init_temperature), ms.float32), name="log_t")
        self.track_nll = track_nll
        self.last_nll = None
        self.ce = nn.CrossEntropyLoss()

    def temperature(self):
        return ops.exp(self.log_t)

    def scale(self, logits):
        return logits / self.temperature()

    def construct(self, logits, labels):
        scaled = self.scale(logits)
        nll = self.ce(scaled, labels)
        if self.track_nll:
            self.last_nll = nll
        return scaled, nll


def make():
    np.random.seed(7)
    logits = Tensor(np.random.randn(12, 5).astype(np.float32) * 3)
    labels = Tensor(np.random.randint(0, 5, size=(12,)).astype(np.int32))
    return TemperatureScaler(), (logits, labels)
