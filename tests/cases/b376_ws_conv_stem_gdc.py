# case: IResNet-style stem subclasses nn.Conv2d with weight standardisation behind a getattr default and ends in a global depthwise conv embedding -> subclassed convs, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StemConfig:
    in_channels = 3
    width = 16
    embedding_size = 32
    feat_hw = 7


class WSConv2d(nn.Conv2d):
    def construct(self, x):
        if getattr(self, "use_ws", True):
            w = self.weight
            mean = w.mean(axis=(1, 2, 3), keep_dims=True)
            std = ops.sqrt(((w - mean) ** 2).mean(axis=(1, 2, 3), keep_dims=True) + 1e-5)
            return self.conv2d(x, (w - mean) / std)
        return super().construct(x)


class FaceStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = WSConv2d(config.in_channels, config.width, 3, stride=2, pad_mode="pad", padding=1)
        self.bn = nn.BatchNorm2d(config.width)
        self.act = nn.PReLU(config.width)
        self.gdc = nn.Conv2d(config.width, config.width, config.feat_hw, group=config.width, pad_mode="valid")
        self.fc = nn.Dense(config.width, config.embedding_size)

    def construct(self, images):
        x = self.act(self.bn(self.conv(images)))
        x = self.gdc(x)
        return self.fc(x.reshape(x.shape[0], -1))


def make():
    np.random.seed(37632)
    net = FaceStem(StemConfig())
    net.set_train(False)
    return net, (Tensor(np.random.randn(2, 3, 14, 14).astype(np.float32)),)
