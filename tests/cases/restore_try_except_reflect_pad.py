# case: deblurring net tries reflect padding and falls back to zero padding in an except clause -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafePadConvDeblur(nn.Cell):
    def __init__(self, channels=3, feats=8, ksize=5):
        super().__init__()
        self.half = ksize // 2
        self.conv_in = nn.Conv2d(channels, feats, ksize, pad_mode="valid")
        self.conv_mid = nn.Conv2d(feats, feats, 3, pad_mode="same")
        self.conv_out = nn.Conv2d(feats, channels, 3, pad_mode="same")

    def safe_pad(self, x):
        p = self.half
        try:
            return ops.pad(x, (p, p, p, p), mode="reflect")
        except ValueError:
            return ops.pad(x, (p, p, p, p))

    def construct(self, blurry):
        f = ops.relu(self.conv_in(self.safe_pad(blurry)))
        f = ops.relu(self.conv_mid(f))
        return blurry + self.conv_out(f)


def make():
    np.random.seed(23)
    x = Tensor(np.random.rand(1, 3, 9, 9).astype(np.float32))
    return SafePadConvDeblur(), (x,)
