# case: categorical one-hot encoder sizes the one-hot depth from the largest id seen in the batch -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneHotCategoricalBlock(nn.Cell):
    """One-hot encode low-cardinality categorical columns and concatenate with numeric features."""

    def __init__(self, n_cat_cols=2, vocab_sizes=None):
        super().__init__()
        self.n_cat_cols = n_cat_cols
        self.vocab_sizes = vocab_sizes
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _depth(self, col, i):
        if self.vocab_sizes is not None:
            return self.vocab_sizes[i]
        return int(col.max()) + 1

    def construct(self, x_num, x_cat):
        parts = [x_num]
        for i in range(self.n_cat_cols):
            col = x_cat[:, i]
            parts.append(ops.one_hot(col, self._depth(col, i), self.on, self.off))
        return ops.concat(parts, axis=1)


def make():
    np.random.seed(11)
    x_num = Tensor(np.random.randn(5, 3).astype(np.float32))
    x_cat = Tensor(np.random.randint(0, 4, size=(5, 2)).astype(np.int32))
    return OneHotCategoricalBlock(), (x_num, x_cat)
