# case: terrain-aware reward logger that counts distinct terrain types currently occupied using ops.unique and averages rewards per type -> dynamic shape in Graph mode
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

    def _occupied_types(self, terrain_types):
        types, _ = ops.unique(terrain_types)
        return types

    def construct(self, terrain_types, rewards):
        if self.per_type_stats:
            types = self._occupied_types(terrain_types)
            onehot = ops.equal(terrain_types.expand_dims(0), types.expand_dims(1)).astype(ms.float32)
            per_type = (onehot * rewards.expand_dims(0)).sum(1) / onehot.sum(1)
            return per_type.mean(), types.shape[0]
        return rewards.mean(), self.num_types


def make():
    np.random.seed(16)
    types = Tensor(np.random.choice([0, 2, 3], size=(20,)).astype(np.int32))
    rewards = Tensor(np.random.randn(20).astype(np.float32))
    return TerrainRewardStats(TerrainConfig()), (types, rewards)
