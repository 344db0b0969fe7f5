# case: beat tracking estimating the beat period from autocorrelation argmax, then slicing one period of the onset envelope -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Autocorrelation(nn.Cell):
    def __init__(self, max_lag=16):
        super().__init__()
        self.max_lag = max_lag

    def construct(self, env):
        n = env.shape[0]
        env = env - env.mean()
        vals = []
        for lag in range(1, self.max_lag + 1):
            vals.append((env[lag:] * env[:n - lag]).sum())
        return ops.stack(vals)


class BeatPhaseTracker(nn.Cell):
    def __init__(self, max_lag=16, min_lag=3):
        super().__init__()
        self.acf = Autocorrelation(max_lag)
        self.min_lag = min_lag

    def construct(self, onset_env):
        acf = self.acf(onset_env)
        acf = acf[self.min_lag - 1:]
        period = ops.argmax(acf) + self.min_lag
        first_period = onset_env[:period]
        phase = ops.argmax(first_period)
        return period, phase


def make():
    np.random.seed(6)
    env = np.random.rand(64).astype(np.float32) * 0.1
    env[::8] += 1.0
    return BeatPhaseTracker(), (Tensor(env),)
