# case: sorting-centre plan uses a dense 0/1 chute-by-destination routing matrix held as a constant and multiplies destination volumes through it -> dense matmul, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


SORT_PLAN = {
    0: [0, 3],
    1: [1],
    2: [2, 4],
    3: [5],
}


def plan_matrix(plan, n_dest):
    m = np.zeros((len(plan), n_dest), dtype=np.float32)
    for chute, dests in plan.items():
        m[chute, dests] = 1.0
    return m


class ChuteLoadPlanner(nn.Cell):
    def __init__(self, n_dest=6):
        super().__init__()
        self.plan = Tensor(plan_matrix(SORT_PLAN, n_dest))

    def construct(self, dest_volume):
        load = ops.matmul(self.plan, dest_volume)
        return load / load.sum()


def make():
    np.random.seed(72)
    vol = Tensor((np.random.rand(6, 1) * 100).astype(np.float32))
    return ChuteLoadPlanner(), (vol,)
