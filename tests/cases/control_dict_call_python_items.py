# case: `cfg = dict(batch_size=len(counts), scale=2.0)` holding Python values only, read item by item by a sub-Cell's loop: range() unrolls over the Python int (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scatter(nn.Cell):
    def construct(self, feats, batch_size, scale):
        out = []
        for i in range(batch_size):
            out.append(feats[i] * scale)
        return ops.stack(out)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = Scatter()

    def extract(self, feats, cfg):
        return self.backbone(feats, cfg["batch_size"], cfg["scale"])

    def construct(self, voxels, counts):
        cfg = dict(batch_size=len(counts), scale=2.0)
        return self.extract(voxels, cfg)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.ones((4,), np.int32)))
