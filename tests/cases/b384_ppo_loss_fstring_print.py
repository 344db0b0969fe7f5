# case: PPO surrogate loss cell that logs the clip fraction with an f-string print of tensor values under a verbose flag that defaults to True -> f-string formatting of tensors may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPOConfig:
    clip_param = 0.2
    value_loss_coef = 1.0
    verbose = True


class SurrogateLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_param = config.clip_param
        self.value_loss_coef = config.value_loss_coef
        self.verbose = getattr(config, "verbose", True)

    def _log(self, clip_frac, loss):
        if self.verbose:
            print(f"clip_frac={clip_frac} surrogate={loss}")

    def construct(self, log_prob, old_log_prob, advantages, values, returns):
        ratio = ops.exp(log_prob - old_log_prob)
        s1 = -advantages * ratio
        s2 = -advantages * ops.clamp(ratio, 1.0 - self.clip_param, 1.0 + self.clip_param)
        surrogate = ops.maximum(s1, s2).mean()
        clip_frac = (ops.abs(ratio - 1.0) > self.clip_param).astype(ms.float32).mean()
        self._log(clip_frac, surrogate)
        value_loss = ops.square(returns - values).mean()
        return surrogate + self.value_loss_coef * value_loss


def make():
    np.random.seed(25)
    n = 32
    mk = lambda: Tensor(np.random.randn(n).astype(np.float32))
    lp = Tensor((np.random.randn(n) * 0.1).astype(np.float32))
    return SurrogateLoss(PPOConfig()), (lp, lp * 0.9, mk(), mk(), mk())
