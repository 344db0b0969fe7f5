# case: rollout baseline evaluation that logs the mean tour cost with an f-string print of a tensor every call -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutEvaluator(nn.Cell):
    def __init__(self, verbose=True, closed_tour=True):
        super().__init__()
        self.verbose = verbose
        self.closed_tour = closed_tour

    def tour_cost(self, coords, tour):
        b, n = tour.shape
        idx = tour.view(b, n, 1).broadcast_to((b, n, 2))
        pts = ops.gather_elements(coords, 1, idx)
        seg = pts[:, 1:] - pts[:, :-1]
        length = ops.sqrt((seg ** 2).sum(-1) + 1e-12).sum(-1)
        if self.closed_tour:
            back = pts[:, 0] - pts[:, -1]
            length = length + ops.sqrt((back ** 2).sum(-1) + 1e-12)
        return length

    def construct(self, coords, sampled_tour, greedy_tour):
        cost = self.tour_cost(coords, sampled_tour)
        base = self.tour_cost(coords, greedy_tour)
        adv = cost - base
        if self.verbose:
            mean_cost = cost.mean()
            print(f"rollout: mean cost {mean_cost}, baseline {float(base.mean()):.3f}")
        return adv


def make():
    np.random.seed(8)
    coords = Tensor(np.random.rand(2, 6, 2).astype(np.float32))
    s = Tensor(np.stack([np.random.permutation(6) for _ in range(2)]).astype(np.int32))
    g = Tensor(np.tile(np.arange(6), (2, 1)).astype(np.int32))
    return RolloutEvaluator(), (coords, s, g)
