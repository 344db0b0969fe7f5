# case: kNN feature interpolation (PointNet++ FP) wrapping topk in try/except with a fallback -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeaturePropagation(nn.Cell):
    def __init__(self, in_dim=8, skip_dim=4, out_dim=16, k=3):
        super().__init__()
        self.k = k
        self.mlp = nn.SequentialCell([nn.Dense(in_dim + skip_dim, out_dim), nn.ReLU()])

    def three_nn(self, unknown, known):
        d = ops.cdist(unknown, known)
        try:
            dist, idx = ops.topk(-d, self.k)
            dist = -dist
        except ValueError:
            idx = ops.argmin(d, axis=-1).expand_dims(-1)
            dist = ops.gather_elements(d, 1, idx)
        return dist, idx

    def construct(self, unknown_xyz, known_xyz, known_feat, skip_feat):
        dist, idx = self.three_nn(unknown_xyz, known_xyz)
        w = 1.0 / (dist + 1e-8)
        w = w / w.sum(-1, keepdims=True)
        n, k = idx.shape
        neigh = ops.gather(known_feat, idx.reshape(-1), 0).reshape(n, k, -1)
        interp = (neigh * w.expand_dims(-1)).sum(1)
        return self.mlp(ops.concat([interp, skip_feat], axis=-1))


def make():
    np.random.seed(29)
    unknown = Tensor(np.random.rand(20, 3).astype(np.float32))
    known = Tensor(np.random.rand(6, 3).astype(np.float32))
    kf = Tensor(np.random.randn(6, 8).astype(np.float32))
    sf = Tensor(np.random.randn(20, 4).astype(np.float32))
    return FeaturePropagation(), (unknown, known, kf, sf)
