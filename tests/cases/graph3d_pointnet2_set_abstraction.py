# case: PointNet++ set abstraction: strided centroids, kNN grouping via gather, shared MLP, max pool -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def index_points(points, idx):
    # points: (B, N, C), idx: (B, S, K) -> (B, S, K, C)
    b, n, c = points.shape
    offset = (ops.arange(0, b, dtype=ms.int32) * n).reshape((b,) + (1,) * (idx.ndim - 1))
    flat = (idx + offset).reshape(-1)
    return ops.gather(points.reshape(b * n, c), flat, 0).reshape(idx.shape + (c,))


class SetAbstraction(nn.Cell):
    def __init__(self, npoint=8, nsample=4, in_dim=3, mlp=(16, 32), use_xyz=True):
        super().__init__()
        self.npoint, self.nsample, self.use_xyz = npoint, nsample, use_xyz
        layers, last = [], in_dim + (3 if use_xyz else 0)
        for width in mlp:
            layers += [nn.Dense(last, width), nn.ReLU()]
            last = width
        self.mlp = nn.SequentialCell(layers)

    def construct(self, xyz, feats):
        b, n, _ = xyz.shape
        stride = n // self.npoint
        new_xyz = xyz[:, ::stride, :][:, :self.npoint, :]
        d = ops.cdist(new_xyz, xyz)
        _, idx = ops.topk(-d, self.nsample)
        grouped = index_points(feats, idx.astype(ms.int32))
        if self.use_xyz:
            rel = index_points(xyz, idx.astype(ms.int32)) - new_xyz.expand_dims(2)
            grouped = ops.concat([rel, grouped], axis=-1)
        return new_xyz, self.mlp(grouped).max(axis=2)


def make():
    np.random.seed(36)
    xyz = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 32, 3).astype(np.float32))
    return SetAbstraction(), (xyz, feats)
