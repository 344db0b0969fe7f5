# case: pitch normaliser keeps running mean/var in a @ms.jit_class object that construct updates in place -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, momentum=0.1):
        self.momentum = momentum
        self.mean = Tensor(0.0, ms.float32)
        self.var = Tensor(1.0, ms.float32)

    def update(self, x):
        m = self.momentum
        self.mean = (1 - m) * self.mean + m * x.mean()
        self.var = (1 - m) * self.var + m * x.var()


class PitchNormalizer(nn.Cell):
    def __init__(self, hidden=8, momentum=0.1):
        super().__init__()
        self.stats = RunningStats(momentum)
        self.embed = nn.Conv1d(1, hidden, 3, pad_mode="same", has_bias=True)

    def construct(self, log_f0, training=True):
        if training:
            self.stats.update(log_f0)
        norm = (log_f0 - self.stats.mean) / ops.sqrt(self.stats.var + 1e-6)
        return self.embed(norm.expand_dims(1))


def make():
    np.random.seed(18)
    f0 = Tensor(np.log(np.abs(np.random.randn(2, 9)) * 100 + 50).astype(np.float32))
    return PitchNormalizer(), (f0,)
