# case: CSRNet-style decoder that upsamples the density map back to the input size read from x.shape and rescales to keep the count -> static shapes, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEnd(nn.Cell):
    def __init__(self, in_ch=3, ch=8):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, ch, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.relu = nn.ReLU()

    def construct(self, x):
        x = self.pool(self.relu(self.conv1(x)))
        return self.pool(self.relu(self.conv2(x)))


class CSRNetLite(nn.Cell):
    def __init__(self, ch=8, dilation=2):
        super().__init__()
        self.front = FrontEnd(ch=ch)
        self.back = nn.Conv2d(ch, ch, 3, pad_mode="same", dilation=dilation)
        self.out = nn.Conv2d(ch, 1, 1)

    def construct(self, x):
        h, w = x.shape[2], x.shape[3]
        f = ops.relu(self.back(self.front(x)))
        d = ops.relu(self.out(f))
        fh, fw = d.shape[2], d.shape[3]
        up = ops.interpolate(d, size=(h, w), mode="bilinear")
        return up * (fh * fw) / (h * w)


def make():
    np.random.seed(30)
    x = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return CSRNetLite(), (Tensor(x),)
