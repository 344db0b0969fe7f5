# case: FCN head upsamples logits to the input image size read from .shape and takes the per-pixel argmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBNReLU(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class FCNHead(nn.Cell):
    def __init__(self, in_ch=8, mid_ch=8, num_classes=5, align_corners=False):
        super().__init__()
        self.block = ConvBNReLU(in_ch, mid_ch)
        self.cls = nn.Conv2d(mid_ch, num_classes, 1, has_bias=True)
        self.align_corners = align_corners

    def construct(self, feat, image):
        logits = self.cls(self.block(feat))
        logits = ops.interpolate(logits, size=image.shape[-2:], mode="bilinear",
                                 align_corners=self.align_corners)
        return logits.argmax(axis=1).astype(ms.int32)


def make():
    np.random.seed(33)
    ms.set_seed(33)
    net = FCNHead()
    net.set_train(False)
    feat = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    img = Tensor(np.zeros((2, 3, 32, 32), dtype=np.float32))
    return net, (feat, img)
