# case: split a camera-trap burst into day and night halves using x.shape for the slice bound -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurstSplitter(nn.Cell):
    def __init__(self, channels=3):
        super().__init__()
        self.conv = nn.Conv2d(channels, 8, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def embed(self, frames):
        return self.pool(self.conv(frames)).reshape(frames.shape[0], -1)

    def construct(self, frames):
        half = frames.shape[0] // 2
        day = self.embed(frames[:half])
        night = self.embed(frames[half:])
        diff = ops.abs(day - night).mean(axis=1)
        return day, night, diff


def make():
    np.random.seed(3)
    frames = Tensor(np.random.rand(6, 3, 12, 12).astype(np.float32))
    return BurstSplitter(), (frames,)
