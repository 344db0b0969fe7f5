# case: slices the swarm state table to the number of active members given as a tensor (x[:n]) before averaging -> slice bound from tensor value fails or goes dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmCentroid(nn.Cell):
    def __init__(self, max_members=12):
        super().__init__()
        self.max_members = max_members

    def construct(self, states, n_active):
        # states: (max_members, 6) = position + velocity, n_active: int32 scalar tensor
        active = states[:n_active]
        centroid = active[:, :3].mean(axis=0)
        mean_vel = active[:, 3:].mean(axis=0)
        return centroid, mean_vel


def make():
    np.random.seed(4)
    states = np.random.randn(12, 6).astype(np.float32)
    return SwarmCentroid(), (Tensor(states), Tensor(7, ms.int32))
