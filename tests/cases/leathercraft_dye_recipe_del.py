# case: dye recipe correction, computes the shade offset, frees the intermediate reflectance tensor with del, then scales the dye add -> del statement inside construct
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
        del reflectance
        scale = 1.0 + self.strength * ops.tanh(offset.mean(-1, keep_dims=True))
        return dye_add * scale


def make():
    np.random.seed(3106)
    refl = Tensor(np.random.rand(4, 16).astype(np.float32))
    target = Tensor(np.random.rand(4, 3).astype(np.float32))
    add = Tensor(np.array([[1.2, 0.4, 0.1]] * 4, np.float32))
    return DyeCorrection(), (refl, target, add)
