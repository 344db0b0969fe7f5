# case: accept either a single camera frame tensor or a tuple of frames, dispatching with isinstance -> static, resolved at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameOccupancy(nn.Cell):
    def __init__(self, slots=12, feat=6):
        super().__init__()
        self.head = nn.Dense(feat, 1)
        self.slots = slots

    def score(self, frame):
        # frame: (slots, feat)
        return ops.sigmoid(self.head(frame)).squeeze(-1)

    def construct(self, frames):
        if isinstance(frames, tuple):
            probs = ops.stack([self.score(f) for f in frames]).mean(axis=0)
        else:
            probs = self.score(frames)
        return probs


def make():
    np.random.seed(33)
    f1 = Tensor(np.random.randn(12, 6).astype(np.float32))
    f2 = Tensor(np.random.randn(12, 6).astype(np.float32))
    return FrameOccupancy(), ((f1, f2),)
