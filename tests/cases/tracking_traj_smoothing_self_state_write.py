# case: online trajectory smoother keeps the previous smoothed box on self and overwrites it inside construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlineTrajectorySmoother(nn.Cell):
    """Exponential smoothing of per-track boxes across frames."""

    def __init__(self, num_tracks=4, alpha=0.6, clamp_jump=5.0):
        super().__init__()
        self.alpha = alpha
        self.clamp_jump = clamp_jump
        self.prev = Tensor(np.zeros((num_tracks, 4), np.float32))
        self.initialized = False

    def limit_jump(self, new, old):
        delta = ops.clamp(new - old, -self.clamp_jump, self.clamp_jump)
        return old + delta

    def construct(self, boxes):
        if not self.initialized:
            self.initialized = True
            smoothed = boxes
        else:
            target = self.limit_jump(boxes, self.prev)
            smoothed = self.alpha * self.prev + (1 - self.alpha) * target
        self.prev = smoothed
        return smoothed


def make():
    np.random.seed(17)
    boxes = Tensor(np.random.rand(4, 4).astype(np.float32) * 10)
    return OnlineTrajectorySmoother(), (boxes,)
