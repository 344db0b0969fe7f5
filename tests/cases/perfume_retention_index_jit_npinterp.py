# case: Kovats retention index for a batch of unknowns computed in an @ms.jit function that calls np.interp on the tensors against the alkane ladder -> NumPy applied to tensors inside jit, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ALKANE_CARBONS = np.arange(8, 21, dtype=np.float32)


@ms.jit
def kovats_index(unknown_rt, alkane_rt):
    log_rt = ops.log(unknown_rt)
    log_ladder = ops.log(alkane_rt)
    ri = np.interp(log_rt, log_ladder, ALKANE_CARBONS * 100.0)
    return ri


def make():
    np.random.seed(181)
    alk = np.cumsum(np.random.rand(13) * 2 + 1.5).astype(np.float32)
    unk = np.random.uniform(alk[0] + 0.1, alk[-1] - 0.1, size=9).astype(np.float32)
    return kovats_index, (Tensor(unk), Tensor(alk))
