# case: keep the k most active players with k fixed in the constructor, gather their tracks -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopActiveTracks(nn.Cell):
    def __init__(self, k=5):
        super().__init__()
        self.k = k

    def activity(self, tracks):
        step = tracks[:, 1:] - tracks[:, :-1]
        return ops.norm(step, dim=2).sum(axis=1)

    def construct(self, tracks):
        dist = self.activity(tracks)
        k = min(self.k, tracks.shape[0])
        values, idx = ops.topk(dist, k)
        chosen = ops.gather(tracks, idx, 0)
        return values, chosen


def make():
    np.random.seed(11)
    tracks = np.cumsum(np.random.randn(22, 15, 2), axis=1).astype(np.float32)
    return TopActiveTracks(k=5), (Tensor(tracks),)
