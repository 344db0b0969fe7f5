# case: return the list of brightened epochs if any epoch brightened beyond delta, else a single zero; branches return different shapes -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrighteningAlert(nn.Cell):
    def __init__(self, delta_mag=0.5):
        super().__init__()
        self.delta_mag = delta_mag

    def construct(self, mag, baseline):
        change = baseline - mag
        max_change = change.max()
        if max_change > self.delta_mag:
            out = ops.concat((change, ops.expand_dims(max_change, 0)))
        else:
            out = ops.zeros((1,), ms.float32)
        return out


def make():
    np.random.seed(9)
    base = np.full(12, 18.0, np.float32)
    mag = (base + 0.05 * np.random.randn(12)).astype(np.float32)
    mag[6] -= 1.2
    return BrighteningAlert(), (Tensor(mag), Tensor(base))
