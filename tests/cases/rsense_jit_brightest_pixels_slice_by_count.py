# case: jit function sorts pixel brightness and keeps the first n where n is the count of bright pixels (a tensor) -> dynamic or error from slicing with a tensor length
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def brightness(cube):
    return cube.mean(axis=0).reshape(-1)


@ms.jit
def brightest_pixels(cube, thr):
    b = brightness(cube)
    n = (b > thr).astype(ms.int32).sum()
    ordered, _ = ops.sort(b, descending=True)
    return ordered[:n]


def make():
    np.random.seed(21)
    cube = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    thr = Tensor(0.6, ms.float32)
    return brightest_pixels, (cube, thr)
