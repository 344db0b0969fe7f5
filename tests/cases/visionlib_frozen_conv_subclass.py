# case: backbone stem uses a Conv2d subclass that optionally stops gradients on its output and wraps super().construct, plus a frozen BatchNorm in eval mode -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StemConfig:
    def __init__(self, frozen=True, with_norm=True, deep_stem=False):
        self.frozen = frozen
        self.with_norm = with_norm
        self.deep_stem = deep_stem


class FreezableConv2d(nn.Conv2d):
    def __init__(self, *args, frozen=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.frozen = frozen

    def construct(self, x):
        out = super().construct(x)
        if self.frozen:
            out = ops.stop_gradient(out)
        return out


class ResNetStem(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.conv1 = FreezableConv2d(3, 16, 7, stride=2, pad_mode="same", frozen=cfg.frozen)
        self.norm1 = nn.BatchNorm2d(16) if cfg.with_norm else None
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, pad_mode="same")

    def construct(self, x):
        x = self.conv1(x)
        if self.norm1 is not None:
            x = self.norm1(x)
        return self.maxpool(ops.relu(x))


def make():
    np.random.seed(3360)
    net = ResNetStem(StemConfig())
    net.set_train(False)
    return net, (Tensor(np.random.randn(2, 3, 32, 32).astype(np.float32)),)
