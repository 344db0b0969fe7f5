# case: sanity check raising ValueError when any surface reflectance is negative, message includes the minimum -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurfaceReflectanceInput(nn.Cell):
    def __init__(self, in_bands=4, out_ch=8, scale=1e-4, check_range=True):
        super().__init__()
        self.scale = scale
        self.check_range = check_range
        self.proj = nn.Conv2d(in_bands, out_ch, 1)

    def validate(self, refl):
        lowest = refl.min()
        if lowest < 0:
            raise ValueError("negative surface reflectance: " + str(lowest))

    def construct(self, dn):
        refl = dn * self.scale
        if self.check_range:
            self.validate(refl)
        return self.proj(refl)


def make():
    np.random.seed(16)
    dn = Tensor((np.random.rand(1, 4, 8, 8) * 10000).astype(np.float32))
    return SurfaceReflectanceInput(), (dn,)
