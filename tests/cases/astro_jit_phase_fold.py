# case: ms.jit function phase-folds a light curve at a given period and bins it into a fixed number of phase bins with one_hot matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_BINS = 8


@ms.jit
def fold_and_bin(t, flux, period, t0):
    phase = ((t - t0) / period) % 1.0
    bin_idx = ops.floor(phase * N_BINS).astype(ms.int32)
    bin_idx = ops.clip_by_value(bin_idx, 0, N_BINS - 1)
    onehot = ops.one_hot(bin_idx, N_BINS, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    counts = onehot.sum(axis=0)
    sums = ops.matmul(flux, onehot)
    binned = sums / ops.maximum(counts, 1.0)
    return binned, counts


def make():
    np.random.seed(45)
    t = np.sort(np.random.uniform(0.0, 12.0, 50)).astype(np.float32)
    flux = (1.0 - 0.01 * (np.abs(((t / 2.3) % 1.0) - 0.5) < 0.05) + 0.001 * np.random.randn(50)).astype(np.float32)
    return fold_and_bin, (Tensor(t), Tensor(flux), Tensor(2.3, ms.float32), Tensor(0.0, ms.float32))
