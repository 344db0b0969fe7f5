# case: convert reflectance to Kubelka-Munk K/S by pulling the tensor to NumPy inside construct and back -> .asnumpy() in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def kubelka_munk_np(r):
    r = np.clip(r, 1e-3, 1.0)
    return (1.0 - r) ** 2 / (2.0 * r)


class KSFeature(nn.Cell):
    def __init__(self, n_wl=31, hidden=8):
        super().__init__()
        self.fc = nn.Dense(n_wl, hidden)

    def construct(self, reflectance):
        ks_np = kubelka_munk_np(reflectance.asnumpy())
        ks = Tensor(ks_np, ms.float32)
        return self.fc(ops.log(ks + 1e-4))


def make():
    np.random.seed(34)
    refl = np.clip(np.random.rand(4, 31), 0.05, 0.95).astype(np.float32)
    return KSFeature(), (Tensor(refl),)
