# case: normalisation config stored in an @ms.jit_class object read inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class NormConfig:
    def __init__(self, mean, std, log_vars=(2,)):
        self.mean = mean
        self.std = std
        self.log_vars = log_vars

    def apply(self, x):
        return (x - self.mean) / self.std


class InputNormalizer(nn.Cell):
    def __init__(self, n_vars=3):
        super().__init__()
        rng = np.random.RandomState(111)
        mean = Tensor(rng.randn(1, n_vars, 1, 1).astype(np.float32))
        std = Tensor((1 + rng.rand(1, n_vars, 1, 1)).astype(np.float32))
        self.cfg = NormConfig(mean, std)

    def construct(self, x):
        chans = []
        for c in range(x.shape[1]):
            xc = x[:, c:c + 1]
            if c in self.cfg.log_vars:
                xc = ops.log1p(ops.relu(xc))
            chans.append(xc)
        return self.cfg.apply(ops.concat(chans, axis=1))


def make():
    rng = np.random.RandomState(112)
    x = Tensor(rng.rand(2, 3, 4, 5).astype(np.float32))
    return InputNormalizer(), (x,)
