# case: tabular MLP imputes missing numeric values with learned per-column defaults and prints the batch missing ratio with an f-string format spec in debug mode -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingAwareImputer(nn.Cell):
    def __init__(self, num_cols=6, debug=True):
        super().__init__()
        self.fill = ms.Parameter(Tensor(np.zeros((num_cols,), np.float32)), name="fill_values")
        self.debug = debug

    def construct(self, x):
        missing = ops.isnan(x)
        x_filled = ops.where(missing, self.fill.expand_dims(0).broadcast_to(x.shape), x)
        if self.debug:
            ratio = missing.astype(ms.float32).mean()
            print(f"missing ratio in batch: {ratio.asnumpy():.3f}")
        return ops.concat((x_filled, missing.astype(ms.float32)), axis=-1)


class TabularMLP(nn.Cell):
    def __init__(self, num_cols=6, hidden=16):
        super().__init__()
        self.imputer = MissingAwareImputer(num_cols)
        self.net = nn.SequentialCell([nn.Dense(2 * num_cols, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return self.net(self.imputer(x)).squeeze(-1)


def make():
    np.random.seed(11)
    x = np.random.randn(5, 6).astype(np.float32)
    x[0, 2] = np.nan
    x[3, 0] = np.nan
    x[3, 5] = np.nan
    return TabularMLP(), (Tensor(x),)
