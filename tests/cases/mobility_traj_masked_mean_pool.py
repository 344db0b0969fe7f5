# case: padded trajectory batch encoded with masked mean pooling, valid length only used as a divisor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointEncoder(nn.Cell):
    def __init__(self, in_dim=3, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, hidden)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


class PaddedTrajectoryEncoder(nn.Cell):
    """(B, T, 3) lat/lon/time with a (B, T) validity mask -> (B, hidden)."""

    def __init__(self, hidden=16, eps=1e-6):
        super().__init__()
        self.points = PointEncoder(3, hidden)
        self.eps = eps

    def masked_mean(self, h, mask):
        m = ops.expand_dims(mask.astype(h.dtype), -1)
        lengths = m.sum(axis=1)
        return (h * m).sum(axis=1) / (lengths + self.eps)

    def construct(self, traj, mask):
        h = self.points(traj)
        return self.masked_mean(h, mask)


def make():
    np.random.seed(20)
    traj = np.random.rand(3, 10, 3).astype(np.float32)
    lengths = np.array([10, 6, 3])
    mask = np.arange(10)[None, :] < lengths[:, None]
    traj[~mask] = 0.0
    return PaddedTrajectoryEncoder(), (Tensor(traj), Tensor(mask))
