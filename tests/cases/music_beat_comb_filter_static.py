# case: beat tracking with a bank of comb filters over candidate tempi from config; tempo picked by argmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CombFilterBank(nn.Cell):
    def __init__(self, lags=(6, 8, 10, 12), alpha=0.8, n_taps=4):
        super().__init__()
        self.lags = lags
        self.alpha = alpha
        self.n_taps = n_taps

    def filter_one(self, env, lag):
        n = env.shape[-1]
        out = env
        for k in range(1, self.n_taps + 1):
            shift = lag * k
            if shift < n:
                delayed = ops.pad(env[..., :n - shift], (shift, 0))
                out = out + (self.alpha ** k) * delayed
        return out

    def construct(self, env):
        responses = [self.filter_one(env, lag) for lag in self.lags]
        return ops.stack(responses, axis=1)


class CombTempoEstimator(nn.Cell):
    def __init__(self, fps=50.0, lags=(6, 8, 10, 12)):
        super().__init__()
        self.bank = CombFilterBank(lags)
        self.bpm_table = Tensor(np.array([60.0 * fps / l for l in lags], np.float32))

    def construct(self, env):
        resp = self.bank(env)
        energy = (resp ** 2).mean(axis=-1)
        best = ops.argmax(energy, dim=-1)
        bpm = ops.gather(self.bpm_table, best, 0)
        return bpm, ops.softmax(energy, axis=-1)


def make():
    np.random.seed(7)
    env = np.random.rand(3, 80).astype(np.float32)
    env[:, ::10] += 2.0
    return CombTempoEstimator(), (Tensor(env),)
