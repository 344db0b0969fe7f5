# case: plain Python config class used only in __init__; construct reads plain int/float attributes copied onto the cell; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    def __init__(self, channels=4, kernel=3, eps=1e-5, depth=2):
        self.channels = channels
        self.kernel = kernel
        self.eps = eps
        self.depth = depth


class ConvNet(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else ConvConfig()
        self.depth = cfg.depth
        self.eps = cfg.eps
        self.convs = nn.CellList([nn.Conv2d(cfg.channels, cfg.channels, cfg.kernel, pad_mode="same")
                                  for _ in range(cfg.depth)])

    def construct(self, x):
        for i in range(self.depth):
            x = ops.relu(self.convs[i](x))
        return x / (x.std() + self.eps)


def make():
    return ConvNet(), (Tensor(np.random.RandomState(12).rand(1, 4, 6, 6).astype(np.float32)),)
