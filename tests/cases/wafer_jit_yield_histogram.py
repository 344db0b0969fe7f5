# case: ms.jit function bins per-wafer yields into a fixed histogram by comparing against constant bin edges -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BIN_EDGES = (0.0, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


@ms.jit
def yield_histogram(good_dies, gross_dies):
    y = good_dies / gross_dies
    counts = []
    for i in range(len(BIN_EDGES) - 1):
        in_bin = (y >= BIN_EDGES[i]) & (y < BIN_EDGES[i + 1])
        counts.append(in_bin.astype(ms.int32).sum())
    hist = ops.stack(counts)
    return hist, y.mean()


def make():
    np.random.seed(36)
    gross = np.full((25,), 512.0, np.float32)
    good = (gross * np.random.uniform(0.55, 0.99, size=25)).astype(np.float32)
    return yield_histogram, (Tensor(good), Tensor(gross))
