# case: loaf line-scan camera frames converted NHWC->NCHW with a permutation chosen by a constructor flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrustColorNetCfg(nn.Cell):
    def __init__(self, channels_last=True):
        super().__init__()
        self.perm = (0, 3, 1, 2) if channels_last else (0, 1, 2, 3)
        self.conv = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.head = nn.Dense(8, 3)

    def construct(self, frames):
        x = ops.transpose(frames, self.perm)
        x = self.relu(self.conv(x))
        half = x.shape[2] // 2
        top = x[:, :, :half].mean(axis=(2, 3))
        return self.head(top)


def make():
    np.random.seed(34)
    frames = np.random.rand(2, 24, 32, 3).astype(np.float32)
    return CrustColorNetCfg(), (Tensor(frames),)
