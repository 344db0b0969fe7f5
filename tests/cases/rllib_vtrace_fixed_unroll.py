# case: IMPALA V-trace target computes truncated importance weights and runs a backward while loop over a Python-int unroll length from config -> while on a Python int counter unrolls statically, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VTraceConfig:
    def __init__(self, unroll_length=6, gamma=0.99, rho_bar=1.0, c_bar=1.0):
        self.unroll_length = unroll_length
        self.gamma = gamma
        self.rho_bar = rho_bar
        self.c_bar = c_bar


class VTrace(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.unroll_length = config.unroll_length
        self.gamma = config.gamma
        self.rho_bar = config.rho_bar
        self.c_bar = config.c_bar

    def _clipped_ratios(self, target_logp, behaviour_logp):
        ratio = ops.exp(target_logp - behaviour_logp)
        return ops.minimum(ratio, self.rho_bar), ops.minimum(ratio, self.c_bar)

    def construct(self, target_logp, behaviour_logp, rewards, values, bootstrap):
        rhos, cs = self._clipped_ratios(target_logp, behaviour_logp)
        next_values = ops.concat([values[1:], bootstrap.expand_dims(0)], 0)
        deltas = rhos * (rewards + self.gamma * next_values - values)
        acc = ops.zeros_like(bootstrap)
        vs_minus_v = []
        t = self.unroll_length - 1
        while t >= 0:
            acc = deltas[t] + self.gamma * cs[t] * acc
            vs_minus_v.insert(0, acc)
            t -= 1
        vs = ops.stack(vs_minus_v) + values
        return vs, rhos


def make():
    np.random.seed(179)
    T, B = 6, 3
    r = lambda *s: Tensor(np.random.randn(*s).astype(np.float32))
    return VTrace(VTraceConfig(unroll_length=T)), (r(T, B) * 0.1, r(T, B) * 0.1, r(T, B), r(T, B), r(B))
