# case: margin detection net keeps a running peak curvature in a non-trainable Parameter updated with ops.assign -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MarginSegNet(nn.Cell):
    def __init__(self, in_ch=1, width=8, momentum=0.9):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(width, 1, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.momentum = momentum
        self.running_peak = Parameter(Tensor(0.0, ms.float32), name="running_peak", requires_grad=False)

    def construct(self, depth_img):
        h = self.relu(self.conv1(depth_img))
        prob = ops.sigmoid(self.conv2(h))
        new_peak = self.momentum * self.running_peak + (1 - self.momentum) * prob.max()
        ops.assign(self.running_peak, new_peak)
        return prob


def make():
    np.random.seed(327)
    img = np.random.randn(1, 1, 32, 32).astype(np.float32)
    return MarginSegNet(), (Tensor(img),)
