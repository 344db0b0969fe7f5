# case: dye recipe correction, returns a dict with constant string keys for the corrected dye add and the shade offset -> dict with constant keys in construct, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DyeCorrection(nn.Cell):
    def __init__(self, n_bands=16, strength=0.8):
        super().__init__()
        self.to_shade = nn.Dense(n_bands, 3)
        self.strength = strength

    def construct(self, reflectance, target_shade, dye_add):
        shade = self.to_shade(reflectance)
        offset = target_shade - shade
        scale = 1.0 + self.strength * ops.tanh(offset.mean(-1, keep_dims=True))
        report = {"dye_add": dye_add * scale, "offset": offset}
        return report["dye_add"], report["offset"]


def make():
    np.random.seed(3107)
    refl = Tensor(np.random.rand(4, 16).astype(np.float32))
    target = Tensor(np.random.rand(4, 3).astype(np.float32))
    add = Tensor(np.array([[1.2, 0.4, 0.1]] * 4, np.float32))
    return DyeCorrection(), (refl, target, add)
