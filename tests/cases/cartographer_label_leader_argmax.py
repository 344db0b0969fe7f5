# case: pick the best of eight leader-line directions for each point label via argmax and gather the offset -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def compass_offsets(radius, n_dirs=8):
    ang = np.arange(n_dirs) * (2 * np.pi / n_dirs)
    return Tensor(np.stack([np.cos(ang), np.sin(ang)], 1).astype(np.float32) * radius)


class LeaderPlacer(nn.Cell):
    def __init__(self, radius=12.0, n_dirs=8, hidden=16):
        super().__init__()
        self.offsets = compass_offsets(radius, n_dirs)
        self.net = nn.SequentialCell([nn.Dense(4, hidden), nn.ReLU(), nn.Dense(hidden, n_dirs)])

    def construct(self, anchors, context):
        logits = self.net(context)
        best = ops.argmax(logits, dim=-1)
        offset = ops.gather(self.offsets, best, 0)
        return anchors + offset, ops.softmax(logits, -1).max(-1)


def make():
    np.random.seed(73)
    anchors = (np.random.rand(30, 2) * 500.0).astype(np.float32)
    ctx = np.random.randn(30, 4).astype(np.float32)
    return LeaderPlacer(), (Tensor(anchors), Tensor(ctx))
