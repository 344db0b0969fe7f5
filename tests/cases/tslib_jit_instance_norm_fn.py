# case: ms.jit-compiled instance-normalisation step of a preprocessing pipeline, with module-level eps constant and a keyword-only subtract_last default -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

EPS = 1e-5
SUBTRACT_LAST = False


def _center(x, subtract_last):
    if subtract_last:
        return x[:, -1:, :]
    return ops.mean(x, axis=1, keep_dims=True)


@ms.jit
def instance_norm_step(x, affine_w, affine_b):
    center = _center(x, SUBTRACT_LAST)
    var = ops.mean(ops.square(x - ops.mean(x, axis=1, keep_dims=True)), axis=1, keep_dims=True)
    stdev = ops.sqrt(var + EPS)
    z = (x - center) / stdev
    z = z * affine_w + affine_b
    return z, center, stdev


def make():
    np.random.seed(3433)
    x = Tensor(np.random.randn(4, 36, 6).astype(np.float32))
    w = Tensor(np.ones(6, np.float32))
    b = Tensor(np.zeros(6, np.float32))
    return instance_norm_step, (x, w, b)
