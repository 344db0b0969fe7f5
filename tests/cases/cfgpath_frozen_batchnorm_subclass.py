# case: BatchNorm2d subclass with freeze flag uses running stats and an inherited gamma/beta -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrozenBatchNorm2d(nn.BatchNorm2d):
    def __init__(self, num_features, eps=1e-5, freeze=True):
        super().__init__(num_features, eps=eps)
        self.freeze = freeze
        self.num_channels = num_features

    def _frozen_forward(self, x):
        shape = (1, self.num_channels, 1, 1)
        scale = self.gamma / ops.sqrt(self.moving_variance + self.eps)
        shift = self.beta - self.moving_mean * scale
        return x * scale.reshape(shape) + shift.reshape(shape)

    def construct(self, x):
        if self.freeze:
            return self._frozen_forward(x)
        return super().construct(x)


class ConvBNAct(nn.Cell):
    def __init__(self, cin=3, cout=4, freeze_bn=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same", has_bias=False)
        self.bn = FrozenBatchNorm2d(cout, freeze=freeze_bn)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(1, 3, 6, 6).astype(np.float32))
    return ConvBNAct(), (x,)
