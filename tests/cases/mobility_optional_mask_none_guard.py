# case: trajectory attention pooling with an optional padding mask (None default, isinstance guard on time scale) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionPool(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, h, mask=None):
        s = self.score(h).squeeze(-1)
        if mask is not None:
            s = ops.masked_fill(s, ops.logical_not(mask), Tensor(-1e9, ms.float32))
        w = ops.softmax(s, axis=-1)
        return (h * ops.expand_dims(w, -1)).sum(axis=1)


class TrajectoryClassifier(nn.Cell):
    """Transport-mode classifier (walk/bike/bus/car) over padded trajectories."""

    def __init__(self, dim=8, n_modes=4, time_scale=60.0):
        super().__init__()
        self.embed = nn.Dense(3, dim)
        self.pool = AttentionPool(dim)
        self.head = nn.Dense(dim, n_modes)
        self.time_scale = time_scale

    def construct(self, traj, mask=None):
        if isinstance(self.time_scale, (int, float)):
            traj = traj * Tensor([1.0, 1.0, 1.0 / self.time_scale], ms.float32)
        h = ops.tanh(self.embed(traj))
        return self.head(self.pool(h, mask))


def make():
    np.random.seed(30)
    traj = np.random.rand(2, 5, 3).astype(np.float32)
    mask = np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.bool_)
    return TrajectoryClassifier(), (Tensor(traj), Tensor(mask))
