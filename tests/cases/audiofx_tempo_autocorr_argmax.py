# case: tempo estimator autocorrelates the onset envelope over a fixed lag range and picks the best lag with argmax -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutocorrTempo(nn.Cell):
    def __init__(self, min_lag=6, max_lag=20, frame_rate=50.0):
        super().__init__()
        self.min_lag = min_lag
        self.max_lag = max_lag
        self.frame_rate = frame_rate

    def autocorr(self, env, lag):
        n = env.shape[0]
        return (env[: n - lag] * env[lag:]).sum() / (n - lag)

    def construct(self, env):
        env = env - env.mean()
        acs = [self.autocorr(env, lag) for lag in range(self.min_lag, self.max_lag)]
        acs = ops.stack(acs)
        best = ops.argmax(acs) + self.min_lag
        bpm = 60.0 * self.frame_rate / best.astype(ms.float32)
        return acs, bpm


def make():
    np.random.seed(19)
    t = np.arange(80)
    env = Tensor((np.maximum(np.sin(2 * np.pi * t / 12), 0) + 0.1 * np.random.rand(80)).astype(np.float32))
    return AutocorrTempo(), (env,)
