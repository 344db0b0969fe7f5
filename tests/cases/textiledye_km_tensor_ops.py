# case: convert reflectance to Kubelka-Munk K/S with tensor ops (clamp, square, divide) before a dense layer -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def kubelka_munk(r, floor=1e-3):
    r = ops.clamp(r, floor, 1.0)
    return ops.square(1.0 - r) / (2.0 * r)


class KSFeatureOps(nn.Cell):
    def __init__(self, n_wl=31, hidden=8, log_ks=True):
        super().__init__()
        self.log_ks = log_ks
        self.fc = nn.Dense(n_wl, hidden)

    def construct(self, reflectance):
        ks = kubelka_munk(reflectance)
        if self.log_ks:
            ks = ops.log(ks + 1e-4)
        return self.fc(ks)


def make():
    np.random.seed(35)
    refl = np.clip(np.random.rand(4, 31), 0.05, 0.95).astype(np.float32)
    return KSFeatureOps(), (Tensor(refl),)
