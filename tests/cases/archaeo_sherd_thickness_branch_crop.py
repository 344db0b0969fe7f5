# case: sherd cross-section profile is cropped to a thin-wall window only when mean thickness (a tensor) is small, so the two branches return different lengths -> error from if on tensor with different branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WallProfileCropper(nn.Cell):
    def __init__(self, thin_mm=6.0, keep=16):
        super().__init__()
        self.thin_mm = thin_mm
        self.keep = keep

    def construct(self, thickness_profile):
        mean_t = thickness_profile.mean()
        if mean_t < self.thin_mm:
            out = thickness_profile[:, : self.keep]
        else:
            out = thickness_profile
        return out * 0.1


def make():
    np.random.seed(14)
    prof = Tensor((np.random.rand(2, 32) * 4 + 3).astype(np.float32))
    return WallProfileCropper(), (prof,)
