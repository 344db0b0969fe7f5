# case: frames cut at a step counter's offsets collected while their energy stays above a floor (energy starts as ops.ones(())), stacked after -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameCollector(nn.Cell):
    def __init__(self, floor=0.05, max_frames=6, hop=4):
        super().__init__()
        self.floor = floor
        self.max_frames = max_frames
        self.hop = hop

    def construct(self, wave):
        energy = ops.ones((), ms.float32)
        frames = []
        i = 0
        while energy > self.floor and i < self.max_frames:
            frame = wave[i * self.hop:(i + 1) * self.hop]
            energy = (frame ** 2).mean()
            frames.append(frame * 2.0)
            i += 1
        return ops.stack(frames)


def make():
    np.random.seed(6)
    return FrameCollector(), (Tensor(np.random.randn(32).astype(np.float32)),)
