# case: LayerNorm2d subclass of nn.LayerNorm for NCHW restoration features: permute to NHWC, call super().construct, permute back, channel axis fixed by config -> constant permutation, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NAFConfig:
    def __init__(self, num_feat=8, eps=1e-6, channels_last=False, dw_expand=2):
        self.num_feat = num_feat
        self.eps = eps
        self.channels_last = channels_last
        self.dw_expand = dw_expand


class LayerNorm2d(nn.LayerNorm):
    def __init__(self, num_feat, eps=1e-6, channels_last=False):
        super().__init__((num_feat,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)
        self.channels_last = channels_last

    def construct(self, x):
        if self.channels_last:
            return super().construct(x)
        y = super().construct(x.transpose(0, 2, 3, 1))
        return y.transpose(0, 3, 1, 2)


class SimpleGate(nn.Cell):
    def construct(self, x):
        x1, x2 = ops.chunk(x, 2, axis=1)
        return x1 * x2


class NAFBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c, dw = config.num_feat, config.num_feat * config.dw_expand
        self.norm = LayerNorm2d(c, config.eps, config.channels_last)
        self.conv1 = nn.Conv2d(c, dw, 1, has_bias=True)
        self.conv2 = nn.Conv2d(dw, dw, 3, pad_mode="same", group=dw, has_bias=True)
        self.gate = SimpleGate()
        self.conv3 = nn.Conv2d(dw // 2, c, 1, has_bias=True)

    def construct(self, x):
        y = self.conv3(self.gate(self.conv2(self.conv1(self.norm(x)))))
        return x + y


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return NAFBlock(NAFConfig()), (x,)
