# case: difficulty calibrator wraps the log-odds computation in try/except ValueError with a fallback to zeros -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogOddsDifficulty(nn.Cell):
    def __init__(self, smoothing=1.0):
        super().__init__()
        self.smoothing = smoothing

    def construct(self, n_correct, n_attempts):
        try:
            p = (n_correct + self.smoothing) / (n_attempts + 2 * self.smoothing)
            difficulty = ops.log((1 - p) / p)
        except ValueError:
            difficulty = ops.zeros_like(n_correct)
        return difficulty


def make():
    np.random.seed(21)
    attempts = np.random.randint(5, 40, (9,)).astype(np.float32)
    correct = np.floor(attempts * np.random.uniform(0, 1, (9,))).astype(np.float32)
    return LogOddsDifficulty(), (Tensor(correct), Tensor(attempts))
