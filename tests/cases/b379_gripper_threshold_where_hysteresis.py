# case: gripper open/close with hysteresis: two thresholds from config, previous gripper state kept as input, ops.where with three arguments and select between open/close values -> elementwise only, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_OPEN_THR = 0.3
DEFAULT_CLOSE_THR = 0.7


class GripperConfig:
    def __init__(self, open_threshold=None, close_threshold=None, binarize=True):
        self.open_threshold = DEFAULT_OPEN_THR if open_threshold is None else open_threshold
        self.close_threshold = DEFAULT_CLOSE_THR if close_threshold is None else close_threshold
        self.binarize = binarize


class HysteresisGripper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.open_thr = config.open_threshold
        self.close_thr = config.close_threshold
        self.binarize = config.binarize

    def _decide(self, g, prev_closed):
        close_now = g > self.close_thr
        open_now = g < self.open_thr
        stay = ops.logical_and(ops.logical_not(close_now), ops.logical_not(open_now))
        return ops.logical_or(close_now, ops.logical_and(stay, prev_closed))

    def construct(self, actions, prev_closed=None):
        grip = actions[..., -1]
        if prev_closed is None:
            prev_closed = ops.zeros_like(grip).astype(ms.bool_)
        closed = self._decide(grip, prev_closed)
        if self.binarize:
            grip = ops.where(closed, ops.ones_like(grip), -ops.ones_like(grip))
        out = ops.concat([actions[..., :-1], grip.expand_dims(-1)], axis=-1)
        return out, closed


def make():
    np.random.seed(7)
    actions = Tensor(np.random.rand(4, 8, 7).astype(np.float32))
    prev = Tensor(np.random.rand(4, 8) > 0.5)
    return HysteresisGripper(GripperConfig()), (actions, prev)
