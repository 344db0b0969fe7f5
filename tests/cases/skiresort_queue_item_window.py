# case: take the last n camera frames of a lift queue where n is read from a tensor with .item() -> slice length from data, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueFrameEncoder(nn.Cell):
    def __init__(self, n_feat=10, hidden=16):
        super().__init__()
        self.enc = nn.SequentialCell([nn.Dense(n_feat, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, frames, n_recent):
        n = n_recent.item()
        recent = frames[-n:]
        per_frame = self.enc(recent).squeeze(-1)
        return per_frame.mean()


def make():
    np.random.seed(61)
    frames = Tensor(np.random.randn(30, 10).astype(np.float32))
    n_recent = Tensor(np.array(8, np.int32))
    return QueueFrameEncoder(), (frames, n_recent)
