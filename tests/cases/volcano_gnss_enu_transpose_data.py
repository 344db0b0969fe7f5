# case: @ms.jit function that reorders GNSS components (E, N, U) with a permutation tensor read from the station metadata -> transpose perm from tensor values
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def reorder_components(enu, perm_tensor):
    # enu: (epochs, stations, 3); perm_tensor: int tensor giving axis order from metadata
    perm = tuple(int(p) for p in perm_tensor)
    reordered = ops.transpose(enu, perm)
    return reordered - reordered.mean(axis=-1, keep_dims=True)


def make():
    np.random.seed(181)
    enu = Tensor(np.random.randn(30, 4, 3).astype(np.float32))
    perm = Tensor(np.array([2, 1, 0], np.int32))
    return reorder_components, (enu, perm)
