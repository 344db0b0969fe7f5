# case: decoder upsampling that tries bicubic interpolation and falls back to bilinear in an except clause inside construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpBlock(nn.Cell):
    def __init__(self, in_ch, out_ch, mode="bicubic"):
        super().__init__()
        self.conv = nn.Conv2d(in_ch + out_ch, out_ch, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(out_ch)
        self.mode = mode

    def upsample(self, x, size):
        try:
            return ops.interpolate(x, size=size, mode=self.mode, align_corners=False)
        except (RuntimeError, ValueError):
            return ops.interpolate(x, size=size, mode="bilinear", align_corners=False)

    def construct(self, x, skip):
        x = self.upsample(x, skip.shape[2:])
        return ops.relu(self.bn(self.conv(ops.concat((x, skip), 1))))


class TinyUNetDecoder(nn.Cell):
    def __init__(self, num_classes=3):
        super().__init__()
        self.up1 = UpBlock(16, 8)
        self.up2 = UpBlock(8, 4)
        self.cls = nn.Conv2d(4, num_classes, 1)

    def construct(self, bottleneck, skip1, skip2):
        x = self.up1(bottleneck, skip1)
        x = self.up2(x, skip2)
        return self.cls(x)


def make():
    np.random.seed(33)
    b = Tensor(np.random.randn(1, 16, 4, 4).astype(np.float32))
    s1 = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    s2 = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    return TinyUNetDecoder(), (b, s1, s2)
