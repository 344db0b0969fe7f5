# case: builds a COOTensor of block motion vectors from codec indices and densifies it to guide alignment -> error or dynamic (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CodecMotionPrior(nn.Cell):
    def __init__(self, grid_h=4, grid_w=4, mid=6):
        super().__init__()
        self.grid = (grid_h, grid_w)
        self.embed = nn.Conv2d(3 + 1, mid, 3, pad_mode="same")

    def construct(self, frame, mv_indices, mv_values):
        # mv_indices: (N, 2) macroblock coordinates with non-zero motion; mv_values: (N,) magnitudes
        sparse_mv = COOTensor(mv_indices, mv_values, self.grid)
        dense = sparse_mv.to_dense().reshape(1, 1, self.grid[0], self.grid[1])
        h, w = frame.shape[-2:]
        prior = ops.interpolate(dense, size=(h, w), mode="nearest")
        prior = ops.tile(prior, (frame.shape[0], 1, 1, 1))
        return self.embed(ops.cat((frame, prior), axis=1))


def make():
    np.random.seed(28)
    frame = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    idx = Tensor(np.array([[0, 1], [2, 3], [3, 0]], np.int32))
    vals = Tensor(np.array([1.5, 0.5, 2.0], np.float32))
    return CodecMotionPrior(), (frame, idx, vals)
