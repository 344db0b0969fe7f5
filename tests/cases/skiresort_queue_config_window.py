# case: take the last n camera frames of a lift queue where n is a config int, with a shape-derived guard -> constant slice, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueFrameEncoderFixed(nn.Cell):
    def __init__(self, n_feat=10, hidden=16, n_recent=8):
        super().__init__()
        self.n_recent = n_recent
        self.enc = nn.SequentialCell([nn.Dense(n_feat, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, frames):
        n = min(self.n_recent, frames.shape[0])
        recent = frames[frames.shape[0] - n:]
        per_frame = self.enc(recent).squeeze(-1)
        return per_frame.mean()


def make():
    np.random.seed(62)
    frames = Tensor(np.random.randn(30, 10).astype(np.float32))
    return QueueFrameEncoderFixed(), (frames,)
