# case: range-view network that unpacks the image shape and processes upper and lower laser beams separately by shape-derived halves -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamGroupConv(nn.Cell):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, (1, 3), pad_mode="same")
        self.bn = nn.BatchNorm2d(out_ch)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class SplitBeamRangeNet(nn.Cell):
    def __init__(self, in_ch=5, hidden=8, circular_pad=2):
        super().__init__()
        self.circular_pad = circular_pad
        self.upper = BeamGroupConv(in_ch, hidden)
        self.lower = BeamGroupConv(in_ch, hidden)
        self.mix = nn.Conv2d(hidden, hidden, 3, pad_mode="same")

    def wrap_azimuth(self, x):
        p = self.circular_pad
        return ops.concat([x[..., -p:], x, x[..., :p]], axis=-1)

    def construct(self, range_img):
        b, c, h, w = range_img.shape
        x = self.wrap_azimuth(range_img)
        half = h // 2
        top = self.upper(x[:, :, :half])
        bottom = self.lower(x[:, :, half:])
        y = self.mix(ops.concat([top, bottom], axis=2))
        p = self.circular_pad
        return y[..., p:p + w].reshape(b, -1, h * w)


def make():
    np.random.seed(38)
    net = SplitBeamRangeNet()
    net.set_train(False)
    return net, (Tensor(np.random.randn(1, 5, 8, 24).astype(np.float32)),)
