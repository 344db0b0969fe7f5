# case: LiDAR tile split into north and south halves using sizes from x.shape and compared by mean elevation -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfTileContrast(nn.Cell):
    def __init__(self):
        super().__init__()
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, dem):
        h = dem.shape[2]
        mid = h // 2
        s = self.smooth(dem)
        north = s[:, :, :mid, :]
        south = s[:, :, mid:, :]
        contrast = north.mean(axis=(2, 3)) - south.mean(axis=(2, 3))
        return contrast, ops.concat((north, south), axis=3)


def make():
    np.random.seed(34)
    return HalfTileContrast(), (Tensor(np.random.rand(2, 1, 14, 10).astype(np.float32)),)
