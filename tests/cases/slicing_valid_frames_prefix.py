# case: audio front-end trims frames to the count of loud frames via frames[:, :n] with n from a tensor sum; expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameEnergy(nn.Cell):
    def construct(self, frames):
        return ops.abs(frames).mean(axis=-1)


class FrameTrimmer(nn.Cell):
    def __init__(self, threshold=0.1):
        super().__init__()
        self.energy = FrameEnergy()
        self.threshold = threshold
        self.proj = nn.Dense(8, 4)

    def construct(self, frames):
        energy = self.energy(frames)
        loud = (energy[0] > self.threshold).astype(ms.int32)
        n_valid = loud.sum()
        kept = frames[:, :n_valid]
        return self.proj(kept)


def make():
    x = np.random.RandomState(0).randn(2, 16, 8).astype(np.float32)
    return FrameTrimmer(), (Tensor(x),)
