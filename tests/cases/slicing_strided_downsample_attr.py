# case: temporal downsampler keeps every stride-th frame, stride an int attribute (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class FrameSubsample(nn.Cell):
    def __init__(self, stride=2, dim=6):
        super().__init__()
        self.stride = stride
        self.norm = nn.LayerNorm((dim,))
        self.proj = nn.Dense(dim, dim)

    def construct(self, frames):
        frames = frames[:, ::self.stride, :]
        return self.proj(self.norm(frames))


def make():
    return FrameSubsample(), (Tensor(np.random.randn(2, 9, 6).astype(np.float32)),)
