# case: PPO surrogate loss cell returning either a tuple or a small output class depending on return_dict config (default False, tuple path taken), with outputs gated by flags -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPOConfig:
    clip_param = 0.2
    value_loss_coef = 1.0
    use_clipped_value_loss = True
    return_dict = False
    output_stats = True


class PPOLossOutput:
    def __init__(self, loss, surrogate, value_loss, clip_frac=None):
        self.loss, self.surrogate, self.value_loss, self.clip_frac = loss, surrogate, value_loss, clip_frac


class SurrogateLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_param = config.clip_param
        self.value_loss_coef = config.value_loss_coef
        self.use_clipped_value_loss = config.use_clipped_value_loss
        self.return_dict = config.return_dict
        self.output_stats = config.output_stats

    def _value_loss(self, values, old_values, returns):
        if self.use_clipped_value_loss:
            clipped = old_values + ops.clamp(values - old_values, -self.clip_param, self.clip_param)
            return ops.maximum(ops.square(values - returns), ops.square(clipped - returns)).mean()
        return ops.square(returns - values).mean()

    def construct(self, log_prob, old_log_prob, advantages, values, old_values, returns):
        ratio = ops.exp(log_prob - old_log_prob)
        surrogate = ops.maximum(-advantages * ratio, -advantages * ops.clamp(
            ratio, 1.0 - self.clip_param, 1.0 + self.clip_param)).mean()
        value_loss = self._value_loss(values, old_values, returns)
        loss = surrogate + self.value_loss_coef * value_loss
        clip_frac = (ops.abs(ratio - 1.0) > self.clip_param).astype(ms.float32).mean()
        if self.return_dict:
            return PPOLossOutput(loss, surrogate, value_loss, clip_frac)
        outputs = (loss, surrogate, value_loss)
        outputs = outputs + (clip_frac,) if self.output_stats else outputs
        return outputs


def make():
    np.random.seed(26)
    n = 32
    mk = lambda: Tensor(np.random.randn(n).astype(np.float32))
    lp = Tensor((np.random.randn(n) * 0.1).astype(np.float32))
    v = mk()
    return SurrogateLoss(PPOConfig()), (lp, lp * 0.9, mk(), v, v * 0.95, mk())
