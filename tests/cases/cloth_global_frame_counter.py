# case: video try-on blender that increments a module-level frame counter to ramp the temporal blend -> global variable mutation inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_INDEX = 0
RAMP_FRAMES = 10


class TemporalBlend(nn.Cell):
    def construct(self, prev_frame, cur_frame):
        global FRAME_INDEX
        FRAME_INDEX += 1
        w = min(FRAME_INDEX / RAMP_FRAMES, 1.0)
        return w * cur_frame + (1.0 - w) * prev_frame


def make():
    np.random.seed(16)
    prev = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    cur = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return TemporalBlend(), (prev, cur)
