# case: loaf line-scan camera frames arrive as NHWC or NCHW, the layout code comes in a tensor and picks the transpose permutation -> transpose axes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PERMS = {0: (0, 1, 2, 3), 1: (0, 3, 1, 2)}


class CrustColorNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.head = nn.Dense(8, 3)  # under-baked / ok / over-baked

    def to_nchw(self, frames, layout_code):
        perm = PERMS[layout_code.item()]
        return ops.transpose(frames, perm)

    def construct(self, frames, layout_code):
        x = self.to_nchw(frames, layout_code)
        x = self.relu(self.conv(x))
        return self.head(x.mean(axis=(2, 3)))


def make():
    np.random.seed(33)
    frames = np.random.rand(2, 24, 32, 3).astype(np.float32)
    return CrustColorNet(), (Tensor(frames), Tensor(1, ms.int32))
