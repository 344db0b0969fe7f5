# case: average slab veining intensity along the cutting direction set by a constructor config (python int axis) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VeinDirectionProfile(nn.Cell):
    def __init__(self, cut_axis=1, smooth=True):
        super().__init__()
        self.cut_axis = cut_axis
        self.smooth = smooth
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, vein_map):
        x = vein_map
        if self.smooth:
            x = self.blur(x)
        x = x.squeeze(0).squeeze(0)
        profile = x.mean(axis=self.cut_axis)
        return profile, profile.max()


def make():
    np.random.seed(162)
    vm = Tensor(np.random.rand(1, 1, 20, 30).astype(np.float32))
    return VeinDirectionProfile(), (vm,)
