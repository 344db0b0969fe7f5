# case: an ms.jit function pads per-tile plant heights to int() of the max plant count taken from a tensor -> int() of tensor used as a shape in a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def pad_tile_heights(counts, heights):
    max_plants = int(counts.max())
    n_tiles = counts.shape[0]
    padded = ops.zeros((n_tiles, max_plants), ms.float32)
    slot = ops.arange(max_plants).reshape(1, -1)
    valid = (slot < counts.reshape(-1, 1)).astype(ms.float32)
    return padded + valid * heights[:, :max_plants]


def make():
    np.random.seed(21)
    counts = Tensor(np.array([3, 5, 2, 4], dtype=np.int32))
    heights = Tensor((np.random.rand(4, 8) * 40).astype(np.float32))
    return pad_tile_heights, (counts, heights)
