# case: ms.jit function aligns a tree-ring sequence against a master chronology using an offset read out of a tensor as a Python int for slicing -> error or dynamic shape from tensor-derived slice bounds
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def ring_overlap_correlation(sample, master, offset):
    start = int(offset)
    seg = master[start:start + sample.shape[0]]
    a = sample - sample.mean()
    b = seg - seg.mean()
    return (a * b).sum() / ops.sqrt((a * a).sum() * (b * b).sum())


def make():
    np.random.seed(21)
    master = np.random.randn(60).astype(np.float32)
    sample = (master[17:37] + np.random.randn(20) * 0.2).astype(np.float32)
    return ring_overlap_correlation, (Tensor(sample), Tensor(master), Tensor(17, ms.int32))
