# case: terrain curriculum that keeps the max unlocked level as a Parameter and slices the per-level difficulty table with int() of it -> dynamic slice, rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CurriculumConfig:
    num_levels = 10
    init_level = 4
    max_slope = 0.4


class TerrainCurriculum(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_levels = config.num_levels
        self._build_state(config)

    def _build_state(self, config):
        table = np.linspace(0.0, config.max_slope, config.num_levels).astype(np.float32)
        self.difficulty = Parameter(Tensor(table), name="difficulty", requires_grad=False)
        self.max_level = Parameter(Tensor(config.init_level, ms.int32), name="max_level",
                                   requires_grad=False)

    def unlocked(self):
        return self.difficulty[:int(self.max_level) + 1]

    def construct(self, env_levels):
        table = self.unlocked()
        levels = ops.clamp(env_levels, 0, table.shape[0] - 1)
        return ops.gather(table, levels, 0)


def make():
    np.random.seed(7)
    cfg = CurriculumConfig()
    env_levels = Tensor(np.random.randint(0, 8, size=(16,)).astype(np.int32))
    return TerrainCurriculum(cfg), (env_levels,)
