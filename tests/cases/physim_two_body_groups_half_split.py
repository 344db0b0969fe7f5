# case: collision between two particle groups split at n // 2 from .shape, penetration resolved with fixed-size masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupCollision(nn.Cell):
    def __init__(self, radius=0.1, push=0.5, dims=2):
        super().__init__()
        self.radius = radius
        self.push = push
        self.dims = dims

    def cross_penetration(self, a, b):
        diff = ops.expand_dims(a, 1) - ops.expand_dims(b, 0)
        dist = ops.norm(diff, dim=-1, keepdim=True)
        depth = ops.relu(2.0 * self.radius - dist)
        return diff / (dist + 1e-6) * depth

    def construct(self, state):
        pos = state[:, :self.dims]
        extra = state[:, self.dims:]
        half = pos.shape[0] // 2
        red, blue = pos[:half], pos[half:]
        corr = self.cross_penetration(red, blue)
        red = red + self.push * corr.sum(1)
        blue = blue - self.push * corr.sum(0)
        n_contacts = (ops.norm(corr, dim=-1) > 0).astype(ms.int32).sum()
        new_state = ops.concat([ops.concat([red, blue], 0), extra], 1)
        return new_state, n_contacts


def make():
    np.random.seed(20)
    state = Tensor(np.random.rand(16, 4).astype(np.float32))
    return GroupCollision(), (state,)
