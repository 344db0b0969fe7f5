# case: point cloud unit-sphere normalisation via .asnumpy() and np.mean / np.linalg.norm inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizedPointEncoder(nn.Cell):
    def __init__(self, out_dim=16, center=True):
        super().__init__()
        self.center = center
        self.enc = nn.SequentialCell([nn.Dense(3, out_dim), nn.ReLU(), nn.Dense(out_dim, out_dim)])

    def normalize(self, pts):
        arr = pts.asnumpy()
        if self.center:
            arr = arr - np.mean(arr, axis=0, keepdims=True)
        scale = np.max(np.linalg.norm(arr, axis=1))
        return Tensor(arr / scale, ms.float32)

    def construct(self, pts):
        pts = self.normalize(pts)
        return self.enc(pts).max(axis=0)


def make():
    np.random.seed(28)
    pts = Tensor((np.random.rand(32, 3) * 5 + 2).astype(np.float32))
    return NormalizedPointEncoder(), (pts,)
