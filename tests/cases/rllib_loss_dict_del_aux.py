# case: PPO loss module collects its terms in a dict and deletes the auxiliary term when config.output_aux is off -> `del` on a dict entry inside construct should be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPOLossConfig:
    def __init__(self, clip_eps=0.2, ent_coef=0.01, output_aux=False):
        self.clip_eps = clip_eps
        self.ent_coef = ent_coef
        self.output_aux = output_aux


class PPOLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_eps = config.clip_eps
        self.ent_coef = config.ent_coef
        self.output_aux = config.output_aux

    def _surrogate(self, ratio, adv):
        clipped = ops.clip_by_value(ratio, 1.0 - self.clip_eps, 1.0 + self.clip_eps)
        return -ops.minimum(ratio * adv, clipped * adv).mean()

    def construct(self, logp, old_logp, adv, entropy):
        ratio = ops.exp(logp - old_logp)
        terms = {"policy": self._surrogate(ratio, adv),
                 "entropy": -self.ent_coef * entropy.mean(),
                 "aux": ((ratio - 1.0) ** 2).mean()}
        if not self.output_aux:
            del terms["aux"]
        total = terms["policy"] + terms["entropy"]
        return total, terms


def make():
    np.random.seed(53)
    n = 16
    logp = Tensor(np.random.randn(n).astype(np.float32) * 0.1 - 1.0)
    old = Tensor(np.random.randn(n).astype(np.float32) * 0.1 - 1.0)
    adv = Tensor(np.random.randn(n).astype(np.float32))
    ent = Tensor(np.random.rand(n).astype(np.float32))
    return PPOLoss(PPOLossConfig()), (logp, old, adv, ent)
