# case: random crop with offsets from ops.randint used as Python slice bounds x[..., t:t+size]; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomCrop(nn.Cell):
    def __init__(self, size=24):
        super().__init__()
        self.size = size

    def construct(self, img):
        h, w = img.shape[-2], img.shape[-1]
        top = ops.randint(0, h - self.size + 1, (1,))[0]
        left = ops.randint(0, w - self.size + 1, (1,))[0]
        crop = img[:, :, top:top + self.size, left:left + self.size]
        return crop * 2.0 - 1.0


def make():
    img = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    return RandomCrop(), (img,)
