# case: batched closed-tour length from gathered coordinates with a concat-shift to the next node, optional open-path mode and scale -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TourLength(nn.Cell):
    def __init__(self, return_to_start=True, scale=1.0):
        super().__init__()
        self.return_to_start = return_to_start
        self.scale = scale

    def gather_coords(self, coords, tour):
        idx = tour.expand_dims(-1).broadcast_to((tour.shape[0], tour.shape[1], coords.shape[-1]))
        return ops.gather_elements(coords, 1, idx)

    def construct(self, coords, tour):
        pts = self.gather_coords(coords, tour)
        if self.return_to_start:
            nxt = ops.concat([pts[:, 1:], pts[:, :1]], 1)
            seg = nxt - pts
        else:
            seg = pts[:, 1:] - pts[:, :-1]
        return self.scale * ops.sqrt((seg * seg).sum(-1)).sum(-1)


def make():
    np.random.seed(22)
    coords = Tensor(np.random.rand(4, 7, 2).astype(np.float32))
    tour = Tensor(np.stack([np.random.permutation(7) for _ in range(4)]).astype(np.int32))
    return TourLength(), (coords, tour)
