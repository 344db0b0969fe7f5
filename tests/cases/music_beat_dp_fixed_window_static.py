# case: Ellis dynamic-programming beat tracker with a fixed look-back window from the tempo config and argmax back-links -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def log_gaussian_penalty(period, max_back, tightness=4.0):
    lags = np.arange(1, max_back + 1, dtype=np.float32)
    return Tensor(-tightness * np.log(lags / period) ** 2)


class DPBeatTracker(nn.Cell):
    def __init__(self, period=6.0, tightness=4.0, alpha=0.7):
        super().__init__()
        self.max_back = int(2 * period)
        self.penalty = log_gaussian_penalty(period, self.max_back, tightness)
        self.alpha = alpha

    def construct(self, onset_env):
        n = onset_env.shape[0]
        env = onset_env / (onset_env.std() + 1e-6)
        scores = [env[i] for i in range(self.max_back)]
        links = [Tensor(-1, ms.int32) for _ in range(self.max_back)]
        for i in range(self.max_back, n):
            prev = ops.stack(scores[i - self.max_back:i])[::-1]
            cand = prev + self.penalty
            best = ops.argmax(cand).astype(ms.int32)
            scores.append((1 - self.alpha) * env[i] + self.alpha * cand.max())
            links.append(i - 1 - best)
        return ops.stack(scores), ops.stack(links)


def make():
    np.random.seed(39)
    env = np.random.rand(30).astype(np.float32) * 0.2
    env[::6] += 1.0
    return DPBeatTracker(), (Tensor(env),)
