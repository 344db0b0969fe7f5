# case: per-frame detections padded to a max, sliced to the real player count read from a count tensor -> dynamic-shape slice / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FramePlayerEncoder(nn.Cell):
    def __init__(self, feat_dim=4, hidden=8):
        super().__init__()
        self.proj = nn.Dense(feat_dim, hidden)
        self.relu = nn.ReLU()

    def construct(self, boxes, count):
        n = int(count)
        real = boxes[:n]
        emb = self.relu(self.proj(real))
        return emb.mean(axis=0)


def make():
    np.random.seed(0)
    max_players = 22
    boxes = Tensor(np.random.rand(max_players, 4).astype(np.float32))
    count = Tensor(np.array(17, dtype=np.int32))
    return FramePlayerEncoder(), (boxes, count)
