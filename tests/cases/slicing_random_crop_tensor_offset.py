# case: random-crop augmentation layer takes the crop origin as tensors and a constant crop size
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class RandomCropFeat(nn.Cell):
    def __init__(self, size=4):
        super().__init__()
        self.size = size
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same")

    def construct(self, x, top, left):
        y = self.conv(x)
        return y[:, :, top:top + self.size, left:left + self.size]


def make():
    x = Tensor(np.random.rand(1, 1, 9, 9).astype(np.float32))
    return RandomCropFeat(), (x, Tensor(2, ms.int64), Tensor(3, ms.int64))
