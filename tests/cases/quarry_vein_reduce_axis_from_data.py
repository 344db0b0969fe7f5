# case: average slab veining intensity along the cutting direction whose axis index is stored in a tensor read with int() -> reduce axis from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VeinDirectionProfile(nn.Cell):
    def __init__(self, smooth=True):
        super().__init__()
        self.smooth = smooth
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, vein_map, cut_axis):
        x = vein_map
        if self.smooth:
            x = self.blur(x)
        x = x.squeeze(0).squeeze(0)
        axis = int(cut_axis)
        profile = x.mean(axis=axis)
        return profile, profile.max()


def make():
    np.random.seed(161)
    vm = Tensor(np.random.rand(1, 1, 20, 30).astype(np.float32))
    axis = Tensor(np.int32(1))
    return VeinDirectionProfile(), (vm, axis)
