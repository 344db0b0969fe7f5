# case: terrain-aware reward logger that averages rewards per terrain type with a one-hot over the configured number of types (a Python int) -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TerrainConfig:
    num_terrain_types = 5
    per_type_stats = True


class TerrainRewardStats(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_types = config.num_terrain_types
        self.per_type_stats = config.per_type_stats

    def construct(self, terrain_types, rewards):
        if not self.per_type_stats:
            return rewards.mean(), ops.zeros((self.num_types,), ms.float32)
        onehot = ops.one_hot(terrain_types, self.num_types,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(0)
        per_type = (onehot * rewards.expand_dims(-1)).sum(0) / ops.clamp(counts, min=1.0)
        occupied = (counts > 0).astype(ms.float32)
        return (per_type * occupied).sum() / ops.clamp(occupied.sum(), min=1.0), counts


def make():
    np.random.seed(17)
    types = Tensor(np.random.choice([0, 2, 3], size=(20,)).astype(np.int32))
    rewards = Tensor(np.random.randn(20).astype(np.float32))
    return TerrainRewardStats(TerrainConfig()), (types, rewards)
