# case: PPO clipped surrogate loss that logs the clip fraction with an f-string when verbose (default on) -> compile error at line 31 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPOPolicyLoss(nn.Cell):
    def __init__(self, clip_eps=0.2, entropy_coef=0.0, verbose=True):
        super().__init__()
        self.clip_eps = clip_eps
        self.entropy_coef = entropy_coef
        self.verbose = verbose
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _log_prob(self, logits, actions):
        logp_all = self.log_softmax(logits)
        return ops.gather_elements(logp_all, 1, actions.reshape(-1, 1)).squeeze(-1)

    def _clip_fraction(self, ratio):
        outside = ops.abs(ratio - 1.0) > self.clip_eps
        return outside.astype(ms.float32).mean()

    def construct(self, logits, actions, old_logp, advantages):
        logp = self._log_prob(logits, actions)
        ratio = ops.exp(logp - old_logp)
        surr1 = ratio * advantages
        surr2 = ops.clamp(ratio, 1.0 - self.clip_eps, 1.0 + self.clip_eps) * advantages
        loss = -ops.minimum(surr1, surr2).mean()
        if self.verbose:
            frac = self._clip_fraction(ratio)
            print(f"ppo: loss={loss} clip_frac={frac}")
        return loss


def make():
    np.random.seed(12)
    logits = Tensor(np.random.randn(6, 4).astype(np.float32))
    actions = Tensor(np.random.randint(0, 4, 6).astype(np.int32))
    old_logp = Tensor((np.log(0.25) + 0.3 * np.random.randn(6)).astype(np.float32))
    adv = Tensor(np.random.randn(6).astype(np.float32))
    return PPOPolicyLoss(), (logits, actions, old_logp, adv)
