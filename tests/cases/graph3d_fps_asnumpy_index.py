# case: farthest point sampling that pulls the argmax back with .asnumpy() to index -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPSDownsample(nn.Cell):
    def __init__(self, npoint=5, feat_dim=4):
        super().__init__()
        self.npoint = npoint
        self.proj = nn.Dense(3 + feat_dim, 16)

    def farthest_point_sample(self, xyz):
        n = xyz.shape[0]
        dist = ops.ones((n,), ms.float32) * 1e10
        farthest = 0
        selected = []
        for _ in range(self.npoint):
            selected.append(farthest)
            d = ops.reduce_sum((xyz - xyz[farthest]) ** 2, -1)
            dist = ops.minimum(dist, d)
            farthest = int(ops.argmax(dist).asnumpy())
        return Tensor(selected, ms.int32)

    def construct(self, xyz, feats):
        idx = self.farthest_point_sample(xyz)
        sub = ops.concat([ops.gather(xyz, idx, 0), ops.gather(feats, idx, 0)], axis=-1)
        return self.proj(sub)


def make():
    np.random.seed(8)
    xyz = Tensor(np.random.rand(24, 3).astype(np.float32))
    feats = Tensor(np.random.randn(24, 4).astype(np.float32))
    return FPSDownsample(), (xyz, feats)
