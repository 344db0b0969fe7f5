# case: @ms.jit change-vector-analysis function wraps its magnitude computation in a with-block profiling scope object -> with statement inside a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProfileScope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


EPS = 1e-6


@ms.jit
def change_vector_analysis(img_t1, img_t2):
    delta = img_t2 - img_t1
    with ProfileScope("cva_magnitude"):
        magnitude = ops.sqrt((delta * delta).sum(axis=1) + EPS)
    direction = ops.atan2(delta[:, 1], delta[:, 0] + EPS)
    return magnitude, direction


def make():
    np.random.seed(28)
    a = Tensor(np.random.rand(1, 4, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 4, 16, 16).astype(np.float32))
    return change_vector_analysis, (a, b)
