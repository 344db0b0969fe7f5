# case: video model prints a string plus tensor with print(), uses len(), isinstance and min() on shapes/Python ints; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameEncoder(nn.Cell):
    def __init__(self, c=3, out=4):
        super().__init__()
        self.conv = nn.Conv2d(c, out, 3, pad_mode="same")

    def construct(self, x):
        return self.conv(x).mean(axis=(2, 3))


class Net(nn.Cell):
    def __init__(self, max_frames=6, verbose=True):
        super().__init__()
        self.enc = FrameEncoder()
        self.max_frames = max_frames
        self.verbose = verbose
        self.head = nn.Dense(4, 2)

    def construct(self, video):
        n = min(len(video), self.max_frames)
        feats = []
        for i in range(n):
            feats.append(self.enc(video[i]))
        stacked = ops.stack(feats, axis=1)
        if isinstance(self.max_frames, int) and self.verbose:
            print("frame features:", stacked.shape, stacked.mean())
        return self.head(stacked.mean(axis=1))


def make():
    video = Tensor(np.random.randn(8, 2, 3, 5, 5).astype(np.float32))
    return Net(), (video,)
