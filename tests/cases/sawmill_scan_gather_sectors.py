# case: jit-compiled log scanner step gathers fixed sensor sectors (constant indices) and transposes with a constant permutation before averaging -> constant indices and permutation, static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOP_SECTORS = (0, 3, 6, 9)


@ms.jit
def sector_profile(cube):
    idx = Tensor(np.array(TOP_SECTORS, np.int32))
    sel = ops.gather(cube, idx, 1)
    by_slice = ops.transpose(sel, (2, 0, 1))
    return by_slice.mean(axis=(1, 2)), sel.max()


def make():
    np.random.seed(3230)
    cube = Tensor((400 + 100 * np.random.rand(6, 12, 10)).astype(np.float32))
    return sector_profile, (cube,)
