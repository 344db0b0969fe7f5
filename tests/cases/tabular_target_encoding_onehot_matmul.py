# case: in-batch smoothed target encoding via one_hot with vocab size from config and matmul (no unique) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneHotTargetEncoder(nn.Cell):
    def __init__(self, vocab_size=5, smoothing=2.0, leave_one_out=True):
        super().__init__()
        self.vocab_size = vocab_size
        self.smoothing = smoothing
        self.leave_one_out = leave_one_out
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _stats(self, cats, target):
        onehot = ops.one_hot(cats, self.vocab_size, self.on, self.off)   # (N, V)
        sums = ops.matmul(target.reshape(1, -1), onehot).reshape(-1)     # (V,)
        counts = onehot.sum(axis=0)
        return onehot, sums, counts

    def construct(self, cats, target):
        onehot, sums, counts = self._stats(cats, target)
        prior = target.mean()
        row_sum = ops.matmul(onehot, sums.reshape(-1, 1)).reshape(-1)
        row_cnt = ops.matmul(onehot, counts.reshape(-1, 1)).reshape(-1)
        if self.leave_one_out:
            row_sum = row_sum - target
            row_cnt = row_cnt - 1
        return (row_sum + self.smoothing * prior) / (row_cnt + self.smoothing)


def make():
    np.random.seed(38)
    cats = Tensor(np.random.randint(0, 5, size=(12,)).astype(np.int32))
    target = Tensor(np.random.rand(12).astype(np.float32))
    return OneHotTargetEncoder(), (cats, target)
