# case: curriculum scheduler that repeatedly demotes the level while the tensor success rate is below target, appending each visited level to a Python list and stacking it -> Graph mode cannot build a list of data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleConfig:
    target_success = 0.6
    decay_per_level = 0.08


class CurriculumScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target = config.target_success
        self.decay = config.decay_per_level

    def construct(self, level, success_rate):
        visited = [level]
        while success_rate < self.target and level > 0:
            level = level - 1
            success_rate = success_rate + self.decay
            visited.append(level)
        return ops.stack(visited).astype(ms.float32).mean(), level


def make():
    np.random.seed(20)
    return CurriculumScheduler(ScheduleConfig()), (Tensor(6, ms.int32), Tensor(0.35, ms.float32))
