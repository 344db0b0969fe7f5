# case: compute absorbance from reflectance, wrapping the log in try/except to fall back to K/S on failure -> try statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbsorbanceEncoder(nn.Cell):
    def __init__(self, n_wl=31, hidden=12):
        super().__init__()
        self.fc = nn.Dense(n_wl, hidden)

    def construct(self, reflectance):
        try:
            absorb = -ops.log10(reflectance)
        except ValueError:
            absorb = (1.0 - reflectance) ** 2 / (2.0 * reflectance)
        return self.fc(absorb)


def make():
    np.random.seed(38)
    refl = np.clip(np.random.rand(3, 31), 0.05, 0.95).astype(np.float32)
    return AbsorbanceEncoder(), (Tensor(refl),)
