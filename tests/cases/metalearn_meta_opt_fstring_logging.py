# case: learned optimiser meta-step that logs the meta-loss with an f-string formatting the tensor value -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradPreprocess(nn.Cell):
    """Log-magnitude / sign preprocessing from 'Learning to learn by GD by GD'."""

    def __init__(self, p=10.0):
        super().__init__()
        self.p = p

    def construct(self, g):
        mag = ops.clamp(ops.log(ops.abs(g) + 1e-8) / self.p, -1.0, 1.0)
        sgn = ops.clamp(g * np.exp(self.p), -1.0, 1.0)
        return ops.stack([mag, sgn], axis=-1)


class LoggingLearnedOptimizer(nn.Cell):
    def __init__(self, hidden=20, verbose=True):
        super().__init__()
        self.pre = GradPreprocess()
        self.rule = nn.SequentialCell(nn.Dense(2, hidden), nn.ReLU(), nn.Dense(hidden, 1))
        self.verbose = verbose

    def construct(self, params, grads, meta_loss):
        if self.verbose:
            print(f"[learned-opt] meta-loss={meta_loss} grad-max={grads.max()}")
        step = self.rule(self.pre(grads)).squeeze(-1)
        return params - 0.01 * step


def make():
    np.random.seed(14)
    opt = LoggingLearnedOptimizer()
    p = Tensor(np.random.randn(12).astype(np.float32))
    g = Tensor(np.random.randn(12).astype(np.float32))
    return opt, (p, g, Tensor(0.731, ms.float32))
