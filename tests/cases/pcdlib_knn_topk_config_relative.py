# case: DGCNN-style edge grouping with k from config, relative coordinates concatenated, tuple output under return_dict=False -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeConvConfig:
    def __init__(self, k=8, use_relative=True, return_dict=False, out_channels=16):
        self.k = k
        self.use_relative = use_relative
        self.return_dict = return_dict
        self.out_channels = out_channels


class EdgeOutput:
    def __init__(self, features, knn_idx):
        self.features = features
        self.knn_idx = knn_idx


def knn(x, k):
    inner = ops.matmul(x, x.transpose(0, 2, 1))
    sq = (x * x).sum(-1, keepdims=True)
    neg_dist = 2 * inner - sq - sq.transpose(0, 2, 1)
    return ops.topk(neg_dist, k, dim=-1)[1]


class EdgeConv(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        self.k = config.k
        self.use_relative = config.use_relative
        self.return_dict = config.return_dict
        mult = 2 if self.use_relative else 1
        self.mlp = nn.Dense(in_channels * mult, config.out_channels)

    def construct(self, x):
        b, n, c = x.shape
        idx = knn(x, self.k)
        nbr = ops.gather_elements(x, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c))).reshape(b, n, self.k, c)
        center = ops.tile(x.expand_dims(2), (1, 1, self.k, 1))
        edge = ops.cat((nbr - center, center), axis=-1) if self.use_relative else nbr
        h = ops.relu(self.mlp(edge)).max(axis=2)
        if self.return_dict:
            return EdgeOutput(h, idx)
        return (h, idx)


def make():
    np.random.seed(3486)
    x = Tensor(np.random.randn(2, 32, 6).astype(np.float32))
    return EdgeConv(EdgeConvConfig(), in_channels=6), (x,)
