# case: tour cost with a penalty for repeated nodes, counting distinct nodes via ops.unique -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenalisedTourCost(nn.Cell):
    def __init__(self, penalty=10.0, closed=True):
        super().__init__()
        self.penalty = penalty
        self.closed = closed

    def tour_length(self, coords, tour):
        idx = tour.expand_dims(-1).broadcast_to(tour.shape + (2,))
        ordered = ops.gather_elements(coords, 1, idx)
        nxt = ops.concat([ordered[:, 1:], ordered[:, :1]], 1) if self.closed else ordered[:, 1:]
        cur = ordered if self.closed else ordered[:, :-1]
        return ops.norm(nxt - cur, dim=-1).sum(-1)

    def n_distinct(self, row):
        uniq, _ = ops.unique(row)
        return uniq.shape[0]

    def construct(self, coords, tours):
        length = self.tour_length(coords, tours)
        n = tours.shape[1]
        repeats = []
        for b in range(tours.shape[0]):
            repeats.append(n - self.n_distinct(tours[b]))
        rep = ops.stack([ops.scalar_to_tensor(r, ms.float32) for r in repeats])
        return length + self.penalty * rep


def make():
    np.random.seed(3)
    coords = Tensor(np.random.rand(2, 5, 2).astype(np.float32))
    tours = Tensor(np.array([[0, 2, 1, 4, 3], [0, 1, 1, 3, 3]], dtype=np.int32))
    return PenalisedTourCost(), (coords, tours)
