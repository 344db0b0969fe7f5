# case: partial-parameter sharing sends the first k rows where k is derived from the remaining privacy budget tensor -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BudgetedParameterSharing(nn.Cell):
    """Share fewer parameter rows as the privacy budget runs out."""

    def __init__(self, rows_per_eps=4, max_rows=8):
        super().__init__()
        self.rows_per_eps = rows_per_eps
        self.max_rows = max_rows

    def _num_rows(self, remaining_eps):
        k = ops.floor(remaining_eps * self.rows_per_eps).astype(ms.int32)
        return ops.clamp(k, 1, self.max_rows)

    def construct(self, param_delta, remaining_eps):
        k = self._num_rows(remaining_eps)
        shared = param_delta[:k]
        return shared * 0.5


def make():
    np.random.seed(18)
    d = Tensor(np.random.randn(8, 3).astype(np.float32))
    return BudgetedParameterSharing(), (d, Tensor(1.3, ms.float32))
