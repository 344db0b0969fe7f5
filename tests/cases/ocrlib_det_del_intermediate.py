# case: DBNet forward that frees the large backbone feature pyramid with `del` after fusing it, a practitioner memory habit, inside construct -> may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DBConfig:
    channels = (8, 16)
    inner = 8
    free_intermediate = True


class DBNetLite(nn.Cell):
    def __init__(self, config=DBConfig):
        super().__init__()
        self.stem = nn.Conv2d(3, config.channels[0], 3, stride=2)
        self.stage = nn.Conv2d(config.channels[0], config.channels[1], 3, stride=2)
        self.lat = nn.CellList([nn.Conv2d(c, config.inner, 1) for c in config.channels])
        self.head = nn.Conv2d(config.inner, 1, 3)
        self.free_intermediate = config.free_intermediate

    def _pyramid(self, x):
        c1 = ops.relu(self.stem(x))
        c2 = ops.relu(self.stage(c1))
        return [c1, c2]

    def construct(self, images):
        feats = self._pyramid(images)
        size = feats[0].shape[-2:]
        fused = sum(ops.interpolate(lat(f), size=size, mode="nearest") for lat, f in zip(self.lat, feats))
        if self.free_intermediate:
            del feats
        prob = ops.sigmoid(self.head(fused))
        return ops.interpolate(prob, size=images.shape[-2:], mode="bilinear")


def make():
    np.random.seed(45)
    imgs = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    return DBNetLite(), (imgs,)
