# case: Retrace-style off-policy correction accumulated backward with a while loop over a Python int counter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetraceTargets(nn.Cell):
    def __init__(self, gamma=0.99, lam=1.0, trunc=1.0):
        super().__init__()
        self.gamma = gamma
        self.lam = lam
        self.trunc = trunc

    def _traces(self, pi_prob, mu_prob):
        ratio = pi_prob / ops.maximum(mu_prob, ops.ones_like(mu_prob) * 1e-6)
        return self.lam * ops.minimum(ratio, ops.ones_like(ratio) * self.trunc)

    def construct(self, rewards, q_taken, exp_q_next, pi_prob, mu_prob, dones):
        # all [T, B]
        c = self._traces(pi_prob, mu_prob)
        T = rewards.shape[0]
        g = exp_q_next[T - 1]
        outs = [None] * T
        t = T - 1
        while t >= 0:
            nonterm = 1.0 - dones[t]
            g = rewards[t] + self.gamma * nonterm * g
            outs[t] = g
            if t > 0:
                g = c[t] * (g - q_taken[t]) + exp_q_next[t - 1]
            t -= 1
        return ops.stack(outs)


def make():
    np.random.seed(38)
    T, B = 5, 2
    f = lambda: Tensor(np.random.rand(T, B).astype(np.float32))
    return RetraceTargets(), (f(), f(), f(), f(), f(), Tensor(np.zeros((T, B), np.float32)))
