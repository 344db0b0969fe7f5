# case: temperament deviation scorer converts measured frequencies to cents with ops.log divided by a Python ln2 constant -> tensor ops only, expected to compile
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# Werckmeister III offsets from equal temperament, cents, C..B
WERCKMEISTER3 = np.array([0.0, -9.8, -7.8, -5.9, -9.8, -2.0, -11.7, -3.9, -7.8, -11.7, -3.9, -7.8],
                         dtype=np.float32)
CENTS_PER_LN = 1200.0 / math.log(2.0)


class TemperamentScorer(nn.Cell):
    def __init__(self, weights=None):
        super().__init__()
        self.target = Tensor(WERCKMEISTER3)
        w = np.ones(12, dtype=np.float32) if weights is None else np.asarray(weights, np.float32)
        self.weights = Tensor(w / w.sum())

    def cents(self, measured_hz, nominal_hz):
        return CENTS_PER_LN * ops.log(measured_hz / nominal_hz)

    def construct(self, measured_hz, nominal_hz):
        dev = self.cents(measured_hz, nominal_hz) - self.target
        return ops.sqrt((self.weights * dev * dev).sum())


def make():
    np.random.seed(331)
    nominal = 261.63 * 2.0 ** (np.arange(12) / 12.0)
    measured = nominal * 2.0 ** ((WERCKMEISTER3 + np.random.randn(12)) / 1200.0)
    return TemperamentScorer(), (Tensor(measured.astype(np.float32)), Tensor(nominal.astype(np.float32)))
