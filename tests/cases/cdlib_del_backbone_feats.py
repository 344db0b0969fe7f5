# case: memory-saving siamese forward deletes the per-date backbone features with del once the difference is formed -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    in_channels = 3
    widths = (8, 16)
    free_intermediate = True


class TinyBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (config.in_channels,) + tuple(config.widths)
        self.stages = nn.CellList([
            nn.SequentialCell([nn.Conv2d(ci, co, 3, stride=2, pad_mode="same"), nn.ReLU()])
            for ci, co in zip(chans[:-1], chans[1:])
        ])

    def construct(self, x):
        for stage in self.stages:
            x = stage(x)
        return x


class LowMemSiamese(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.backbone = TinyBackbone(config)
        self.head = nn.Conv2d(config.widths[-1], 1, 1)
        self.free_intermediate = config.free_intermediate

    def construct(self, img_t1, img_t2):
        f1 = self.backbone(img_t1)
        f2 = self.backbone(img_t2)
        diff = ops.abs(f1 - f2)
        if self.free_intermediate:
            del f1, f2
        return self.head(diff)


def make():
    np.random.seed(27)
    a = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    return LowMemSiamese(BackboneConfig()), (a, b)
