# case: jit function finds lesion pixel coordinates with argwhere and returns their spread -> dynamic shape from argwhere
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def lesion_extent(mask, spacing):
    coords = ops.argwhere(mask > 0.5).astype(ms.float32)
    center = coords.mean(axis=0)
    spread = ((coords - center) ** 2).sum(axis=1).sqrt()
    return spread.max() * spacing, center


def make():
    np.random.seed(21)
    m = np.zeros((18, 18), dtype=np.float32)
    m[4:10, 6:15] = 1.0
    return lesion_extent, (Tensor(m), Tensor(0.6, ms.float32))
