# case: inpainting network asserts that the incoming mask is binary before using it -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialConvLite(nn.Cell):
    def __init__(self, cin, cout, k=3):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, pad_mode="same", has_bias=False)
        self.ones = Tensor(np.ones((1, 1, k, k), dtype=np.float32))
        self.win = float(k * k)

    def construct(self, x, mask):
        out = self.conv(x * mask)
        cover = ops.conv2d(mask, self.ones, pad_mode="same")
        ratio = self.win / ops.clamp(cover, 1.0, None)
        new_mask = (cover > 0).astype(ms.float32)
        return out * ratio * new_mask, new_mask


class PConvInpainter(nn.Cell):
    def __init__(self, channels=3, feats=8):
        super().__init__()
        self.p1 = PartialConvLite(channels, feats)
        self.p2 = PartialConvLite(feats, channels)

    def construct(self, image, mask):
        assert ((mask == 0) | (mask == 1)).all(), "mask must be binary"
        f, m = self.p1(image, mask)
        out, _ = self.p2(ops.relu(f), m)
        return image * mask + out * (1 - mask)


def make():
    np.random.seed(29)
    image = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    m = (np.random.rand(1, 1, 8, 8) > 0.3).astype(np.float32)
    return PConvInpainter(), (image, Tensor(m))
