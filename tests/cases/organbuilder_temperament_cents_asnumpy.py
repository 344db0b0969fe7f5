# case: temperament deviation scorer converts measured frequencies to cents with .asnumpy() and np.log2 inside construct -> NumPy on tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# Werckmeister III offsets from equal temperament, cents, C..B
WERCKMEISTER3 = np.array([0.0, -9.8, -7.8, -5.9, -9.8, -2.0, -11.7, -3.9, -7.8, -11.7, -3.9, -7.8],
                         dtype=np.float32)


class TemperamentScorer(nn.Cell):
    def __init__(self, a4=440.0):
        super().__init__()
        self.a4 = a4
        self.target = Tensor(WERCKMEISTER3)

    def construct(self, measured_hz, nominal_hz):
        ratio = (measured_hz / nominal_hz).asnumpy()
        cents = Tensor(1200.0 * np.log2(ratio))
        dev = cents - self.target
        return ops.sqrt((dev * dev).mean())


def make():
    np.random.seed(330)
    nominal = 261.63 * 2.0 ** (np.arange(12) / 12.0)
    measured = nominal * 2.0 ** ((WERCKMEISTER3 + np.random.randn(12)) / 1200.0)
    return TemperamentScorer(), (Tensor(measured.astype(np.float32)), Tensor(nominal.astype(np.float32)))
