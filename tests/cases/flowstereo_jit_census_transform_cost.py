# case: jitted census transform (3x3) and Hamming-distance matching cost over a constant disparity range -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MAX_DISP = 5


def census(img, r=1):
    _, _, h, w = img.shape
    p = ops.pad(img, (r, r, r, r), mode='replicate')
    bits = []
    for dy in range(2 * r + 1):
        for dx in range(2 * r + 1):
            if dy == r and dx == r:
                continue
            bits.append((p[:, :, dy:dy + h, dx:dx + w] < img).astype(ms.float32))
    return ops.cat(bits, axis=1)


@ms.jit
def census_cost_volume(left, right):
    cl = census(left)
    cr = census(right)
    w = left.shape[-1]
    costs = []
    for d in range(MAX_DISP):
        shifted = cr if d == 0 else ops.pad(cr[..., :w - d], (d, 0), value=1.0)
        costs.append(ops.abs(cl - shifted).sum(axis=1))
    return ops.stack(costs, axis=1)


def make():
    np.random.seed(38)
    left = Tensor(np.random.rand(1, 1, 6, 10).astype(np.float32))
    right = Tensor(np.random.rand(1, 1, 6, 10).astype(np.float32))
    return census_cost_volume, (left, right)
