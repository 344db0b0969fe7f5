# case: temporal background model for time-lapse frames stores the last background on self inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimelapseBackground(nn.Cell):
    def __init__(self, momentum=0.9, blur_kernel=5):
        super().__init__()
        self.momentum = momentum
        self.blur = nn.AvgPool2d(kernel_size=blur_kernel, stride=1, pad_mode="same")
        self.background = None

    def _update(self, frame):
        smooth = self.blur(frame)
        if self.background is None:
            return smooth
        return self.momentum * self.background + (1 - self.momentum) * smooth

    def construct(self, frame):
        bg = self._update(frame)
        self.background = bg
        return ops.relu(frame - bg)


def make():
    np.random.seed(15)
    frame = np.random.rand(1, 1, 20, 20).astype(np.float32)
    return TimelapseBackground(), (Tensor(frame),)
