# case: kNN grouping takes the k nearest points with topk(-dist, K) for constant K, gathers neighbours and max-pools an MLP -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

K = 5


class KNNGroup(nn.Cell):
    def __init__(self, k=K):
        super().__init__()
        self.k = k
        self.mlp = nn.SequentialCell(nn.Dense(6, 16), nn.ReLU(), nn.Dense(16, 16))

    def construct(self, xyz, centers):
        d = ops.cdist(centers, xyz)
        _, nn_idx = ops.topk(-d, self.k)
        grouped = ops.gather(xyz, nn_idx.reshape(-1), 0).reshape(centers.shape[0], self.k, 3)
        rel = grouped - centers.expand_dims(1)
        feat = ops.concat((rel, grouped), axis=-1)
        return self.mlp(feat).max(axis=1)


def make():
    xyz = Tensor(np.random.rand(40, 3).astype(np.float32))
    centers = Tensor(np.random.rand(6, 3).astype(np.float32))
    return KNNGroup(), (xyz, centers)
