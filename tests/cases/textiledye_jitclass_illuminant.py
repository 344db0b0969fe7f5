# case: hold D65 illuminant weights in an @ms.jit_class object created in __init__ and only read from it in construct to compute tristimulus Y -> jit_class read-only use, probably static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Illuminant:
    def __init__(self, weights, norm):
        self.weights = weights
        self.norm = norm

    def weight(self, refl):
        return (refl * self.weights).sum(axis=-1) / self.norm


class LuminanceMeter(nn.Cell):
    def __init__(self, n_wl=31):
        super().__init__()
        wl = np.linspace(400, 700, n_wl)
        ybar = np.exp(-((wl - 555.0) / 50.0) ** 2).astype(np.float32)
        d65 = (1.0 + 0.1 * np.sin(wl / 40.0)).astype(np.float32)
        w = ybar * d65
        self.ill = Illuminant(Tensor(w), float(w.sum()))

    def construct(self, reflectance):
        y = self.ill.weight(reflectance) * 100.0
        return y


def make():
    np.random.seed(30)
    refl = np.clip(np.random.rand(5, 31), 0.02, 0.98).astype(np.float32)
    return LuminanceMeter(), (Tensor(refl),)
