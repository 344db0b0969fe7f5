# case: segmentation net upsamples logits back to the original image size read from an hw tensor input with int(); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_CLASSES = 3


class ConvBN(nn.Cell):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=stride, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(cout)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class SegNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stem = ConvBN(3, 8, 2)
        self.body = nn.SequentialCell([ConvBN(8, 16, 2), ConvBN(16, 16)])
        self.head = nn.Conv2d(16, N_CLASSES, 1, has_bias=True)

    def construct(self, img, orig_hw):
        x = self.body(self.stem(img))
        logits = self.head(x)
        h = int(orig_hw[0])
        w = int(orig_hw[1])
        logits = ops.interpolate(logits, size=(h, w), mode="bilinear")
        return logits.argmax(axis=1)


def make():
    img = Tensor(np.random.randn(1, 3, 32, 32).astype(np.float32))
    return SegNet(), (img, Tensor(np.array([40, 48], np.int32)))
