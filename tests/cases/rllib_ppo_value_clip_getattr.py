# case: PPO loss reads an optional value-clipping range with getattr(self, "clip_range_vf", None) and only clips values when it is set -> getattr with default resolves at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass
from typing import Optional


@dataclass
class PPOConfig:
    clip_range: float = 0.2
    clip_range_vf: Optional[float] = 0.3
    vf_coef: float = 0.5
    ent_coef: float = 0.0
    normalize_advantage: bool = True


class PPOLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_range = config.clip_range
        if config.clip_range_vf is not None:
            self.clip_range_vf = config.clip_range_vf
        self.vf_coef = config.vf_coef
        self.ent_coef = config.ent_coef
        self.normalize_advantage = config.normalize_advantage

    def _value_loss(self, values, old_values, returns):
        clip_vf = getattr(self, "clip_range_vf", None)
        if clip_vf is None:
            return ((returns - values) ** 2).mean()
        clipped = old_values + ops.clip_by_value(values - old_values, -clip_vf, clip_vf)
        return ops.maximum((returns - values) ** 2, (returns - clipped) ** 2).mean()

    def construct(self, logp, old_logp, adv, values, old_values, returns):
        if self.normalize_advantage:
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        ratio = ops.exp(logp - old_logp)
        pg = -ops.minimum(ratio * adv, ops.clip_by_value(ratio, 1 - self.clip_range, 1 + self.clip_range) * adv).mean()
        vf = self._value_loss(values, old_values, returns)
        return pg + self.vf_coef * vf, pg, vf


def make():
    np.random.seed(139)
    n = 12
    f = lambda s=1.0: Tensor((np.random.randn(n) * s).astype(np.float32))
    return PPOLoss(PPOConfig()), (f(0.1), f(0.1), f(), f(), f(), f())
