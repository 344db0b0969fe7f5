# case: motion head accepts optional previous track boxes (None on the first frame) and list-or-tensor detections behind isinstance guards -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionConfig:
    def __init__(self, hidden=16, use_prev=True, max_disp=20.0):
        self.hidden = hidden
        self.use_prev = use_prev
        self.max_disp = max_disp


class OffsetHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_prev = config.use_prev
        self.max_disp = config.max_disp
        self.mlp = nn.SequentialCell(nn.Dense(8, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 4))

    def construct(self, dets, prev_tracks=None):
        if isinstance(dets, (list, tuple)):
            dets = ops.stack(dets)
        if prev_tracks is None or not self.use_prev:
            prev_tracks = dets
        inp = ops.concat([dets, dets - prev_tracks], axis=-1)
        offset = ops.tanh(self.mlp(inp)) * self.max_disp
        return dets + offset


def make():
    np.random.seed(221)
    dets = Tensor(np.random.rand(5, 4).astype(np.float32) * 100)
    return OffsetHead(MotionConfig()), (dets,)
