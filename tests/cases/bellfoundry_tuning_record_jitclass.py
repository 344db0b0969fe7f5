# case: hold the ideal partial ratios in an @ms.jit_class config built in __init__ and only read from it in construct -> jit_class read-only use, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TuningSpec:
    def __init__(self, ratios, tol_cents):
        self.ratios = Tensor(ratios, ms.float32)
        self.tol_cents = tol_cents

    def cents_off(self, ratios):
        return 1200.0 * ops.log2(ratios / self.ratios)


class TuningReport(nn.Cell):
    def __init__(self):
        super().__init__()
        self.spec = TuningSpec([0.25, 0.5, 0.6, 0.75, 1.0], 8.0)

    def construct(self, partial_hz, nominal_hz):
        ratios = partial_hz / nominal_hz.reshape(-1, 1)
        dev = self.spec.cents_off(ratios)
        in_tune = (ops.abs(dev) < self.spec.tol_cents).all(axis=1)
        return dev, in_tune


def make():
    np.random.seed(61)
    nominal = np.array([523.0, 587.0], np.float32)
    ideal = np.array([0.25, 0.5, 0.6, 0.75, 1.0], np.float32)
    partials = nominal[:, None] * ideal[None, :] * (1 + 0.004 * np.random.randn(2, 5)).astype(np.float32)
    return TuningReport(), (Tensor(partials), Tensor(nominal))
