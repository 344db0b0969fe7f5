# case: patch-based restorer builds a plain Python PatchInfo object from tensors in construct and returns it -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchInfo:
    def __init__(self, patches, row_idx, col_idx, size):
        self.patches = patches
        self.row_idx = row_idx
        self.col_idx = col_idx
        self.size = size


class PatchRestorer(nn.Cell):
    def __init__(self, channels=3, patch=4, feats=8):
        super().__init__()
        self.patch = patch
        self.net = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def extract(self, x):
        b, c, h, w = x.shape
        p = self.patch
        nh, nw = h // p, w // p
        t = x.reshape(b, c, nh, p, nw, p).transpose(0, 2, 4, 1, 3, 5)
        patches = t.reshape(b * nh * nw, c, p, p)
        rows = ops.broadcast_to(ops.arange(nh).reshape(nh, 1), (nh, nw)).reshape(-1)
        cols = ops.broadcast_to(ops.arange(nw).reshape(1, nw), (nh, nw)).reshape(-1)
        return patches, rows, cols

    def construct(self, x):
        patches, rows, cols = self.extract(x)
        info = PatchInfo(self.net(patches) + patches, rows, cols, self.patch)
        return info


def make():
    np.random.seed(17)
    x = Tensor(np.random.rand(1, 3, 8, 12).astype(np.float32))
    return PatchRestorer(), (x,)
