# case: ProGAN equalized-learning-rate conv (nn.Conv2d subclass) computes its He scale in construct with np.sqrt(np.prod(self.weight.shape[1:])) and applies it via ops.conv2d -> NumPy only on static shape numbers, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EqConfig:
    use_wscale = True
    gain = np.sqrt(2.0)
    lr_mul = 1.0


class EqualizedConv2d(nn.Conv2d):
    def __init__(self, in_channels, out_channels, kernel_size, config=EqConfig()):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="same", has_bias=True,
                         weight_init="normal")
        self.use_wscale = config.use_wscale
        self.gain = config.gain
        self.lr_mul = config.lr_mul

    def _wscale(self):
        fan_in = np.prod(self.weight.shape[1:])
        return self.gain / np.sqrt(fan_in) * self.lr_mul

    def construct(self, x):
        w = self.weight * self._wscale() if self.use_wscale else self.weight
        y = ops.conv2d(x, w, pad_mode="same")
        return y + self.bias.reshape(1, -1, 1, 1) * self.lr_mul


class ToRGBStack(nn.Cell):
    def __init__(self, channels=(8, 8, 3)):
        super().__init__()
        self.convs = nn.CellList([EqualizedConv2d(a, b, 3) for a, b in zip(channels[:-1], channels[1:])])

    def construct(self, x):
        for i, conv in enumerate(self.convs):
            x = conv(x)
            if i < len(self.convs) - 1:
                x = ops.leaky_relu(x, 0.2)
        return x


def make():
    np.random.seed(3575)
    net = ToRGBStack()
    x = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return net, (x,)
