# case: multi-horizon head accepts horizons as int or tuple of steps, normalised with isinstance in __init__ and construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHorizonHead(nn.Cell):
    def __init__(self, lookback=20, horizons=(1, 3, 6), hidden=16):
        super().__init__()
        if isinstance(horizons, int):
            horizons = tuple(range(1, horizons + 1))
        self.horizons = horizons
        self.max_h = max(horizons)
        self.body = nn.SequentialCell([nn.Dense(lookback, hidden), nn.ReLU()])
        self.out = nn.Dense(hidden, self.max_h)

    def pick(self, path, steps):
        if isinstance(steps, int):
            return path[:, steps - 1:steps]
        cols = [path[:, s - 1:s] for s in steps]
        return ops.concat(cols, axis=1)

    def construct(self, history, steps=None):
        path = self.out(self.body(history))
        if steps is None:
            steps = self.horizons
        return self.pick(path, steps)


def make():
    np.random.seed(32)
    history = Tensor(np.random.randn(4, 20).astype(np.float32))
    return MultiHorizonHead(), (history,)
