# case: per-column dropout with a keep mask drawn by ops.uniform of fixed shape (1, n_features) gated by the training flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureDropout(nn.Cell):
    """Drops whole feature columns; the same columns are dropped for every row of the batch."""

    def __init__(self, n_features=6, p=0.25):
        super().__init__()
        self.n_features = n_features
        self.p = p
        self.lo = Tensor(0.0, ms.float32)
        self.hi = Tensor(1.0, ms.float32)

    def construct(self, x):
        if not self.training or self.p == 0.0:
            return x
        u = ops.uniform((1, self.n_features), self.lo, self.hi, seed=5)
        keep = (u >= self.p).astype(x.dtype)
        return x * keep / (1.0 - self.p)


class RobustMLP(nn.Cell):
    def __init__(self, n_features=6, hidden=8, p=0.25):
        super().__init__()
        self.col_drop = FeatureDropout(n_features, p)
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.GELU(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return self.body(self.col_drop(x))


def make():
    np.random.seed(39)
    ms.set_seed(39)
    net = RobustMLP()
    net.set_train(True)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return net, (x,)
