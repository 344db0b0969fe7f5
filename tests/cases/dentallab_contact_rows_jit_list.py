# case: jitted occlusion helper walks the contact map row by row and appends only rows with any contact to a list before stacking (data-dependent list length) -> graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def contact_rows(gap_map, thresh):
    rows = []
    for i in range(gap_map.shape[0]):
        row = gap_map[i]
        if (row < thresh).any():
            rows.append(row)
    return ops.stack(rows)


def make():
    np.random.seed(335)
    gap = np.abs(np.random.randn(12, 16)).astype(np.float32) * 0.3
    gap[3, 5] = 0.001
    gap[8, 2] = 0.002
    return contact_rows, (Tensor(gap), Tensor(np.float32(0.01)))
