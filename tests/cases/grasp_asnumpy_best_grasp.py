# case: scores grasp poses with a small MLP then calls .asnumpy() and np.argmax to pick the best pose index -> host round trip inside construct is unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraspQualityNet(nn.Cell):
    def __init__(self, in_dim=7, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, poses):
        q = self.mlp(poses).squeeze(-1)
        best = int(np.argmax(q.asnumpy()))
        return poses[best], q[best]


def make():
    np.random.seed(8)
    poses = Tensor(np.random.randn(10, 7).astype(np.float32))
    return GraspQualityNet(), (poses,)
