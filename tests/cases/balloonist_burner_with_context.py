# case: wrap the burner heat computation in a with-block timing context manager inside construct -> with statement on a Python object in construct, expected error
import numpy as np
import time
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stopwatch:
    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.time() - self.t0
        return False


class BurnerHeat(nn.Cell):
    def __init__(self, kw_per_burner=3000.0, n_burners=2):
        super().__init__()
        self.power = kw_per_burner * n_burners

    def construct(self, duty):
        with Stopwatch():
            heat = duty * self.power
        return heat.sum()


def make():
    np.random.seed(141)
    duty = Tensor(np.random.rand(30).astype(np.float32))
    return BurnerHeat(), (duty,)
