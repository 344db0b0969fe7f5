# case: random crop with fixed crop size but offsets sampled by ops.randint, sliced as x[..., top:top+size] -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomCropPad(nn.Cell):
    """Pad-then-crop augmentation as used for CIFAR, done on device."""

    def __init__(self, crop_size=16, padding=2, training=True):
        super().__init__()
        self.crop_size = crop_size
        self.padding = padding
        self.training = training
        self.pad = nn.Pad(((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="REFLECT")

    def construct(self, x):
        if not self.training:
            return x
        x = self.pad(x)
        max_off = 2 * self.padding + 1
        top = ops.randint(0, max_off, (1,))[0]
        left = ops.randint(0, max_off, (1,))[0]
        return x[:, :, top:top + self.crop_size, left:left + self.crop_size]


def make():
    np.random.seed(5)
    x = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return RandomCropPad(), (x,)
