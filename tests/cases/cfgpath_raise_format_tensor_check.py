# case: input validation raises ValueError formatted with tensor values when inputs contain NaN -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidatedEncoder(nn.Cell):
    def __init__(self, in_dim=6, out_dim=4, check_inputs=True):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, out_dim), nn.Tanh()])
        self.check_inputs = check_inputs

    @staticmethod
    def _has_nan(x):
        return ops.isnan(x).any()

    def construct(self, x):
        if self.check_inputs:
            if self._has_nan(x):
                raise ValueError(f"input contains NaN, max={x.max()} shape={x.shape}")
        return self.net(x)


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return ValidatedEncoder(), (x,)
