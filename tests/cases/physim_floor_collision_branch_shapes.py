# case: floor collision that returns only the penetrating particles when any exist, else all particles -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloorContact(nn.Cell):
    """Projects particles below the ground plane back onto it (position-based dynamics)."""

    def __init__(self, floor_y=0.0, restitution=0.5, return_contacts_only=True):
        super().__init__()
        self.floor_y = floor_y
        self.restitution = restitution
        self.return_contacts_only = return_contacts_only

    def project(self, pos, vel):
        below = pos[:, 1:2] < self.floor_y
        new_y = ops.where(below, self.floor_y * ops.ones_like(pos[:, 1:2]), pos[:, 1:2])
        new_vy = ops.where(below, -self.restitution * vel[:, 1:2], vel[:, 1:2])
        pos = ops.concat([pos[:, :1], new_y, pos[:, 2:]], 1)
        vel = ops.concat([vel[:, :1], new_vy, vel[:, 2:]], 1)
        return pos, vel, below.squeeze(-1)

    def construct(self, pos, vel):
        pos, vel, below = self.project(pos, vel)
        if self.return_contacts_only:
            if below.any():
                return pos[below], vel[below]
        return pos, vel


def make():
    np.random.seed(10)
    pos = np.random.randn(12, 3).astype(np.float32)
    vel = np.random.randn(12, 3).astype(np.float32)
    return FloorContact(), (Tensor(pos), Tensor(vel))
