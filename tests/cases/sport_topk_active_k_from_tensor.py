# case: keep the k most active players where k is read from a tensor (number on pitch // 2) and passed to topk -> data-dependent k, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MostActivePlayers(nn.Cell):
    def __init__(self):
        super().__init__()

    def activity(self, tracks):
        step = tracks[:, 1:] - tracks[:, :-1]
        return ops.norm(step, dim=2).sum(axis=1)

    def construct(self, tracks, n_on_pitch):
        dist = self.activity(tracks)
        k = int(n_on_pitch) // 2
        values, idx = ops.topk(dist, k)
        return values, idx


def make():
    np.random.seed(10)
    tracks = np.cumsum(np.random.randn(22, 15, 2), axis=1).astype(np.float32)
    return MostActivePlayers(), (Tensor(tracks), Tensor(np.array(22, np.int32)))
