# case: split the waiting queue into an upstream half and downstream half using the queue's static shape -> slice bound from x.shape, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueSplitter(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.up_enc = nn.Dense(5, hidden)
        self.down_enc = nn.Dense(5, hidden)

    def construct(self, boat_features):
        half = boat_features.shape[0] // 2
        upstream = boat_features[:half]
        downstream = boat_features[half:]
        up = self.up_enc(upstream).mean(axis=0)
        down = self.down_enc(downstream).mean(axis=0)
        return ops.concat((up, down))


def make():
    np.random.seed(32)
    feats = np.random.randn(10, 5).astype(np.float32)
    return QueueSplitter(), (Tensor(feats),)
