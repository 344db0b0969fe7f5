# case: temperature scaling module with a positive Parameter (softplus of raw value) computing the calibrated NLL for validation logits -> pure tensor arithmetic, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TemperatureScaling(nn.Cell):
    def __init__(self, init_raw=0.5, eps=1e-3):
        super().__init__()
        self.raw_t = Parameter(Tensor(np.array([init_raw], np.float32)), name="raw_t")
        self.eps = eps
        self.loss = nn.CrossEntropyLoss()

    def temperature(self):
        return ops.softplus(self.raw_t) + self.eps

    def construct(self, logits, labels):
        t = self.temperature()
        scaled = logits / t
        nll = self.loss(scaled, labels)
        probs = ops.softmax(scaled, axis=-1)
        return nll, probs, t


def make():
    np.random.seed(0)
    ts = TemperatureScaling()
    logits = Tensor(np.random.randn(12, 5).astype(np.float32) * 3)
    labels = Tensor(np.random.randint(0, 5, size=(12,)).astype(np.int32))
    return ts, (logits, labels)
