# case: wraps an encoder-decoder so inputs are padded to a multiple of its downsampling factor (pad amounts from .shape) and cropped back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownUpNet(nn.Cell):
    def __init__(self, in_ch=1, num_classes=2, width=4):
        super().__init__()
        self.down = nn.Conv3d(in_ch, width, 3, stride=2, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()
        self.up = nn.Conv3dTranspose(width, num_classes, 2, 2, has_bias=True)

    def construct(self, x):
        return self.up(self.act(self.down(x)))


class DivisiblePadWrapper(nn.Cell):
    def __init__(self, net, k=2, pad_value=0.0):
        super().__init__()
        self.net = net
        self.k = k
        self.pad_value = pad_value

    def _pad_amounts(self, shape):
        return [(self.k - s % self.k) % self.k for s in shape]

    def construct(self, x):
        d, h, w = x.shape[2:]
        pd, ph, pw = self._pad_amounts((d, h, w))
        pads = (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2, pd // 2, pd - pd // 2)
        y = self.net(ops.pad(x, pads, mode="constant", value=self.pad_value))
        return y[:, :, pd // 2:pd // 2 + d, ph // 2:ph // 2 + h, pw // 2:pw // 2 + w]


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(1, 1, 5, 7, 6).astype(np.float32))
    return DivisiblePadWrapper(DownUpNet()), (x,)
