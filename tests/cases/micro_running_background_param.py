# case: temporal background model for time-lapse frames kept in a non-trainable Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TimelapseBackgroundEMA(nn.Cell):
    def __init__(self, shape=(1, 1, 20, 20), momentum=0.9, blur_kernel=5):
        super().__init__()
        self.momentum = momentum
        self.blur = nn.AvgPool2d(kernel_size=blur_kernel, stride=1, pad_mode="same")
        self.background = Parameter(Tensor(np.zeros(shape, np.float32)), name="background",
                                    requires_grad=False)
        self.initialized = Parameter(Tensor(False), name="initialized", requires_grad=False)

    def construct(self, frame):
        smooth = self.blur(frame)
        blended = self.momentum * self.background + (1 - self.momentum) * smooth
        new_bg = ops.select(self.initialized, blended, smooth)
        ops.assign(self.background, new_bg)
        ops.assign(self.initialized, Tensor(True))
        return ops.relu(frame - new_bg)


def make():
    np.random.seed(16)
    frame = np.random.rand(1, 1, 20, 20).astype(np.float32)
    return TimelapseBackgroundEMA(), (Tensor(frame),)
