# case: center-crop layer computes offsets from the input shape and a size fixed in __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterCrop(nn.Cell):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def construct(self, x):
        h, w = x.shape[-2:]
        top = (h - self.size) // 2
        left = (w - self.size) // 2
        return x[:, :, top:top + self.size, left:left + self.size]


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.crop = CenterCrop(6)
        self.relu = nn.ReLU()

    def construct(self, img):
        return self.crop(self.relu(self.conv(img)))


def make():
    return Encoder(), (Tensor(np.random.rand(2, 3, 10, 12).astype(np.float32)),)
