# case: locate the separation point as the first skin-friction sign change via argmax on an integer indicator -> fixed shapes only, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparationPointArgmax(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, cf, x_chord):
        sign_change = ops.logical_and(cf[:-1] > 0, cf[1:] <= 0)
        indicator = ops.where(sign_change, ops.ones_like(cf[1:]), ops.zeros_like(cf[1:]))
        first = ops.argmax(indicator)
        x_mid = 0.5 * (x_chord[:-1] + x_chord[1:])
        x_sep = ops.gather(x_mid, first, 0)
        found = indicator.max() > 0
        return ops.where(found, x_sep, ops.ones_like(x_sep))


def make():
    np.random.seed(24)
    x = np.linspace(0.0, 1.0, 32).astype(np.float32)
    cf = (0.004 * (0.7 - x) + 0.0002 * np.random.randn(32)).astype(np.float32)
    return SeparationPointArgmax(), (Tensor(cf), Tensor(x))
