# case: curriculum scheduler that demotes the level inside a while loop on tensor conditions but only carries fixed-shape scalars through the loop -> Graph mode control flow, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleConfig:
    target_success = 0.6
    decay_per_level = 0.08
    min_level = 0


class CurriculumScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target = config.target_success
        self.decay = config.decay_per_level
        self.min_level = config.min_level

    def construct(self, level, success_rate):
        steps = ops.zeros((), ms.int32)
        while success_rate < self.target and level > self.min_level:
            level = level - 1
            success_rate = success_rate + self.decay
            steps = steps + 1
        return level, success_rate, steps


def make():
    np.random.seed(21)
    return CurriculumScheduler(ScheduleConfig()), (Tensor(6, ms.int32), Tensor(0.35, ms.float32))
