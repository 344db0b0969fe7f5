# case: reflectance normaliser with optional validity mask guarded by `is None`, called without a mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandStandardizer(nn.Cell):
    def __init__(self, mean=(0.12, 0.10, 0.09, 0.25), std=(0.05, 0.05, 0.06, 0.1), clip=3.0):
        super().__init__()
        self.mean = Tensor(np.array(mean, np.float32).reshape(1, -1, 1, 1))
        self.std = Tensor(np.array(std, np.float32).reshape(1, -1, 1, 1))
        self.clip = clip

    def apply_mask(self, z, valid_mask):
        if valid_mask is None:
            return z
        if isinstance(valid_mask, Tensor):
            return z * valid_mask.astype(z.dtype).expand_dims(1)
        return z

    def construct(self, scene, valid_mask=None):
        z = (scene - self.mean) / self.std
        if self.clip is not None:
            z = ops.clamp(z, -self.clip, self.clip)
        return self.apply_mask(z, valid_mask)


def make():
    np.random.seed(39)
    scene = Tensor((np.random.rand(2, 4, 8, 8) * 0.4).astype(np.float32))
    return BandStandardizer(), (scene,)
