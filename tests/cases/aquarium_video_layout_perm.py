# case: normalise fish-tracking video clips to NCHW where the camera's layout code arrives as a tensor and picks the transpose permutation -> permutation from tensor data, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUTS = ((0, 1, 2, 3), (0, 3, 1, 2))  # 0: already NCHW, 1: NHWC camera


class FrameEncoder(nn.Cell):
    def __init__(self, in_ch=3, width=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def construct(self, frames, layout_code):
        perm = LAYOUTS[int(layout_code)]
        x = ops.transpose(frames, perm)
        x = ops.relu(self.conv(x / 255.0))
        return self.pool(x).reshape(x.shape[0], -1)


def make():
    np.random.seed(141)
    frames = Tensor(np.random.randint(0, 256, size=(4, 16, 16, 3)).astype(np.float32))
    layout = Tensor(np.array(1, dtype=np.int32))
    return FrameEncoder(), (frames, layout)
