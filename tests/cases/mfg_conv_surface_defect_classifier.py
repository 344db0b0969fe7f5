# case: small CNN classifying steel-surface patches into defect classes, flattening with sizes read from x.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel_size=3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class SurfaceDefectNet(nn.Cell):
    def __init__(self, n_classes=5, width=8, img_size=16):
        super().__init__()
        self.b1 = ConvBlock(1, width)
        self.b2 = ConvBlock(width, width * 2)
        flat = width * 2 * (img_size // 4) * (img_size // 4)
        self.fc = nn.Dense(flat, n_classes)

    def construct(self, x):
        h = self.b2(self.b1(x))
        b, c, hh, ww = h.shape
        h = h.reshape(b, c * hh * ww)
        return ops.softmax(self.fc(h), axis=-1)


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(3, 1, 16, 16).astype(np.float32))
    return SurfaceDefectNet(), (x,)
