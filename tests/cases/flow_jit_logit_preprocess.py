# case: @ms.jit preprocessing function for flows: dequantize with given noise, squash into (alpha, 1-alpha), logit transform and per-sample log-det using x.shape sizes -> static graph compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ALPHA = 0.05
N_BINS = 256.0


@ms.jit
def logit_preprocess(x, noise):
    y = (x + noise) / N_BINS
    y = ALPHA + (1.0 - 2.0 * ALPHA) * y
    z = ops.log(y) - ops.log(1.0 - y)
    n_dims = x.shape[1] * x.shape[2] * x.shape[3]
    ldj = -ops.log(y) - ops.log(1.0 - y)
    ldj = ldj.reshape(x.shape[0], -1).sum(axis=1)
    ldj = ldj + n_dims * (math.log(1.0 - 2.0 * ALPHA) - math.log(N_BINS))
    return z, ldj


def make():
    np.random.seed(30)
    x = Tensor(np.random.randint(0, 256, size=(2, 3, 4, 4)).astype(np.float32))
    noise = Tensor(np.random.uniform(size=(2, 3, 4, 4)).astype(np.float32))
    return logit_preprocess, (x, noise)
