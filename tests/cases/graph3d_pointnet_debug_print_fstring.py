# case: PointNet classifier with a verbose flag (default on) printing an f-string of tensor stats -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointNetCls(nn.Cell):
    def __init__(self, in_dim=3, num_classes=4, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.mlp1 = nn.SequentialCell([nn.Conv1d(in_dim, 16, 1, has_bias=True), nn.ReLU(),
                                       nn.Conv1d(16, 32, 1, has_bias=True), nn.ReLU()])
        self.head = nn.SequentialCell([nn.Dense(32, 16), nn.ReLU(), nn.Dense(16, num_classes)])

    def log_stats(self, name, t):
        if self.verbose:
            print(f"[{name}] shape={t.shape} mean={float(t.mean()):.4f} max={float(t.max()):.4f}")

    def construct(self, pts):
        # pts: (B, N, 3)
        feat = self.mlp1(pts.transpose(0, 2, 1))
        self.log_stats("point_feat", feat)
        glob = feat.max(axis=2)
        return self.head(glob)


def make():
    np.random.seed(27)
    pts = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    return PointNetCls(), (pts,)
