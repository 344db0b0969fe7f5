# case: a private helper MindSpore's parameter-server context module no longer has (mindspore-rec 0.3.0)
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore.parallel._ps_context import _insert_hash_table_size, _set_ps_context


class Lookup(nn.Cell):
    def construct(self, ids):
        uniq, idx = ops.unique(ids)
        return uniq, idx


def make():
    return Lookup(), (Tensor(np.array([1, 2, 2], np.int32)),)
