# case: weight-normalised Conv1d subclass creates weight_g/weight_v Parameters in an _init_weight_norm helper and rebuilds the kernel in construct with ops.conv1d -> Graph mode sees only fixed-shape tensor math (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ResBlockConfig:
    def __init__(self, channels=8, kernel_size=3, dilations=(1, 3), use_weight_norm=True):
        self.channels = channels
        self.kernel_size = kernel_size
        self.dilations = dilations
        self.use_weight_norm = use_weight_norm


class WNConv1d(nn.Conv1d):
    def __init__(self, in_channels, out_channels, kernel_size, dilation=1, use_weight_norm=True):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="valid", dilation=dilation, has_bias=True)
        self.use_weight_norm = use_weight_norm
        self.pad = (kernel_size - 1) * dilation // 2
        self.dil = dilation
        if use_weight_norm:
            self._init_weight_norm()

    def _init_weight_norm(self):
        w = self.weight.asnumpy().reshape(self.out_channels, self.in_channels, -1)
        self.weight_v = Parameter(Tensor(w), name="weight_v")
        self.weight_g = Parameter(Tensor(np.linalg.norm(w.reshape(w.shape[0], -1), axis=1).reshape(-1, 1, 1)),
                                  name="weight_g")

    def construct(self, x):
        x = ops.pad(x, (self.pad, self.pad))
        if not self.use_weight_norm:
            return super().construct(x)
        norm = ops.sqrt((self.weight_v * self.weight_v).sum(axis=(1, 2), keepdims=True))
        w = self.weight_g * self.weight_v / norm
        return ops.conv1d(x, w, self.bias, dilation=self.dil)


class ResBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.convs = nn.CellList([WNConv1d(config.channels, config.channels, config.kernel_size, d,
                                           config.use_weight_norm) for d in config.dilations])
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        for conv in self.convs:
            x = x + conv(self.act(x))
        return x


def make():
    np.random.seed(35932)
    block = ResBlock(ResBlockConfig())
    x = Tensor(np.random.randn(2, 8, 64).astype(np.float32))
    return block, (x,)
