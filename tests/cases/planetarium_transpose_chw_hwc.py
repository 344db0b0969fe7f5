# case: projector frame layout converter transposes CHW to HWC with a constant permutation and applies per-channel gain -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHW_TO_HWC = (1, 2, 0)


class FrameLayout(nn.Cell):
    def __init__(self, channel_gain=(1.0, 0.95, 1.05)):
        super().__init__()
        self.gain = Tensor(np.array(channel_gain, np.float32))

    def construct(self, frame):
        hwc = ops.transpose(frame, CHW_TO_HWC)
        return hwc * self.gain


def make():
    np.random.seed(357)
    frame = Tensor(np.random.rand(3, 20, 30).astype(np.float32))
    return FrameLayout(), (frame,)
