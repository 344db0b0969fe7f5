# case: running-statistics normaliser increments a plain Python int attribute on self inside construct for momentum warmup -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RunningNormalizer(nn.Cell):
    """Online feature standardisation with a warm-up schedule on the momentum."""

    def __init__(self, n_features=4, momentum=0.1, warmup_steps=10):
        super().__init__()
        self.running_mean = Parameter(Tensor(np.zeros(n_features, np.float32)), requires_grad=False)
        self.running_var = Parameter(Tensor(np.ones(n_features, np.float32)), requires_grad=False)
        self.momentum = momentum
        self.warmup_steps = warmup_steps
        self.num_batches = 0

    def _current_momentum(self):
        if self.num_batches < self.warmup_steps:
            return 1.0 / (self.num_batches + 1)
        return self.momentum

    def construct(self, x):
        m = self._current_momentum()
        new_mean = (1 - m) * self.running_mean + m * x.mean(axis=0)
        new_var = (1 - m) * self.running_var + m * x.var(axis=0)
        ops.assign(self.running_mean, new_mean)
        ops.assign(self.running_var, new_var)
        self.num_batches += 1
        return (x - new_mean) / ops.sqrt(new_var + 1e-5)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(7, 4).astype(np.float32))
    return RunningNormalizer(), (x,)
