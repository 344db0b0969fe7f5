# case: ms.jit MAE unpatchify helper recovering the grid size with int(L ** 0.5) from the static token count and reshaping patches back to images -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH = 4
IN_CHANS = 3


def _grid_size(num_tokens):
    h = int(num_tokens ** 0.5)
    assert h * h == num_tokens, "non-square patch grid"
    return h


@ms.jit
def unpatchify(x):
    n, l, _ = x.shape
    h = w = _grid_size(l)
    x = x.reshape(n, h, w, PATCH, PATCH, IN_CHANS)
    x = x.transpose(0, 5, 1, 3, 2, 4)
    return x.reshape(n, IN_CHANS, h * PATCH, w * PATCH)


def make():
    np.random.seed(3697)
    x = Tensor(np.random.randn(2, 16, PATCH * PATCH * IN_CHANS).astype(np.float32))
    return unpatchify, (x,)
