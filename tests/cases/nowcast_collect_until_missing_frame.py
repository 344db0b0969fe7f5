# case: collect consecutive input frames into a list until the first missing frame (tensor test with break), then stack -> list grown in data-dependent loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadingValidFrames(nn.Cell):
    def __init__(self, max_frames=6, fill=-1.0):
        super().__init__()
        self.max_frames = max_frames
        self.fill = fill

    def is_missing(self, frame):
        return (frame == self.fill).all()

    def construct(self, seq):
        frames = []
        for t in range(self.max_frames):
            if self.is_missing(seq[t]):
                break
            frames.append(seq[t])
        stacked = ops.stack(frames, axis=0)
        return stacked.mean(axis=0)


def make():
    np.random.seed(18)
    seq = np.random.rand(6, 8, 8).astype(np.float32)
    seq[4] = -1.0
    return LeadingValidFrames(), (Tensor(seq),)
