# case: ms.jit function cross-matches two star lists and returns the index pairs within match radius via nonzero -> dynamic shape in jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def crossmatch_pairs(ra1, dec1, ra2, dec2, radius):
    dra = (ra1.reshape(-1, 1) - ra2.reshape(1, -1)) * ops.cos(ops.deg2rad(dec1)).reshape(-1, 1)
    ddec = dec1.reshape(-1, 1) - dec2.reshape(1, -1)
    sep = ops.sqrt(dra * dra + ddec * ddec)
    pairs = ops.nonzero(sep < radius)
    return pairs


def make():
    np.random.seed(18)
    ra1 = np.random.uniform(10.0, 10.1, 12).astype(np.float32)
    dec1 = np.random.uniform(-5.0, -4.9, 12).astype(np.float32)
    ra2 = (ra1[:8] + np.random.normal(0, 2e-4, 8)).astype(np.float32)
    dec2 = (dec1[:8] + np.random.normal(0, 2e-4, 8)).astype(np.float32)
    return crossmatch_pairs, (Tensor(ra1), Tensor(dec1), Tensor(ra2), Tensor(dec2), Tensor(0.001, ms.float32))
