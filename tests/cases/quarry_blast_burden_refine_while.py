# case: refine blast hole burden with a fixed number of fixed-point iterations driven by a python counter in a while loop -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def langefors_burden(d_mm, rock_const, spacing_ratio):
    return (d_mm / 33.0) * ops.sqrt(1.0 / (rock_const * spacing_ratio))


class BurdenRefiner(nn.Cell):
    def __init__(self, n_iter=5, relax=0.5):
        super().__init__()
        self.n_iter = n_iter
        self.relax = relax

    def construct(self, hole_d_mm, rock_const):
        burden = hole_d_mm / 30.0
        i = 0
        while i < self.n_iter:
            spacing_ratio = 1.25 + 0.0 * burden
            target = langefors_burden(hole_d_mm, rock_const, spacing_ratio)
            burden = burden + self.relax * (target - burden)
            i += 1
        return burden


def make():
    np.random.seed(231)
    d = Tensor(np.random.uniform(76, 115, 9).astype(np.float32))
    c = Tensor(np.random.uniform(0.3, 0.5, 9).astype(np.float32))
    return BurdenRefiner(), (d, c)
