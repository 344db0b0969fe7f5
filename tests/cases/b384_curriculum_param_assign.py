# case: adaptive terrain curriculum that promotes/demotes per-env levels stored in a Parameter with ops.select and ops.assign based on distance walked -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CurriculumConfig:
    num_envs = 16
    num_levels = 10
    promote_dist = 4.0
    demote_dist = 1.0


class AdaptiveCurriculum(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_level = config.num_levels - 1
        self.promote_dist = config.promote_dist
        self.demote_dist = config.demote_dist
        self.levels = Parameter(Tensor(np.zeros(config.num_envs, np.int32)),
                                name="terrain_levels", requires_grad=False)

    def construct(self, distance, reset_mask):
        up = ops.logical_and(distance > self.promote_dist, reset_mask)
        down = ops.logical_and(distance < self.demote_dist, reset_mask)
        lv = self.levels
        lv = ops.select(up, lv + 1, lv)
        lv = ops.select(down, lv - 1, lv)
        lv = ops.clamp(lv, 0, self.max_level)
        ops.assign(self.levels, lv)
        return lv.astype(ms.float32).mean()


def make():
    np.random.seed(8)
    cfg = CurriculumConfig()
    dist = Tensor(np.random.uniform(0, 6, size=(cfg.num_envs,)).astype(np.float32))
    reset = Tensor(np.random.rand(cfg.num_envs) > 0.5)
    return AdaptiveCurriculum(cfg), (dist, reset)
