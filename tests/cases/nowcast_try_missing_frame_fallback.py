# case: use try/except in construct to fall back to persistence when a frame has NaNs -> try statement not supported in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingFrameError(Exception):
    pass


class RobustBlend(nn.Cell):
    def __init__(self, alpha=0.7):
        super().__init__()
        self.alpha = alpha

    def check(self, frame):
        if ops.isnan(frame).any():
            raise MissingFrameError("frame has NaNs")
        return frame

    def construct(self, prev_frame, new_frame):
        try:
            cur = self.check(new_frame)
            out = self.alpha * cur + (1 - self.alpha) * prev_frame
        except MissingFrameError:
            out = prev_frame
        return out


def make():
    np.random.seed(11)
    prev = Tensor(np.random.rand(8, 8).astype(np.float32))
    new = Tensor(np.random.rand(8, 8).astype(np.float32))
    return RobustBlend(), (prev, new)
