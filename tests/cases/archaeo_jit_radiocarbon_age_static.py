# case: ms.jit function converting F14C to conventional radiocarbon age with ops.log and a fixed-length error propagation -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LIBBY_MEAN_LIFE = 8033.0


@ms.jit
def conventional_age(f14c, f14c_err):
    age = -LIBBY_MEAN_LIFE * ops.log(f14c)
    age_err = LIBBY_MEAN_LIFE * f14c_err / f14c
    rounded = ops.round(age / 5.0) * 5.0
    return rounded, age_err


def make():
    np.random.seed(40)
    f = Tensor(np.random.uniform(0.5, 0.95, size=6).astype(np.float32))
    e = Tensor(np.full(6, 0.004, np.float32))
    return conventional_age, (f, e)
