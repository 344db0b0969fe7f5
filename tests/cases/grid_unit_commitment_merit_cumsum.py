# case: merit-order unit commitment: sorts units by cost, cumsums capacity and commits units until demand is covered with a fixed-size on/off vector -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeritOrderCommitment(nn.Cell):
    def __init__(self, spinning_reserve=0.05):
        super().__init__()
        self.spinning_reserve = spinning_reserve

    def construct(self, capacity, cost, demand):
        _, order = ops.sort(cost)
        cap_sorted = ops.gather(capacity, order, 0)
        before = ops.cumsum(cap_sorted, 0) - cap_sorted
        need = demand * (1.0 + self.spinning_reserve)
        on_sorted = (before < ops.expand_dims(need, -1)).astype(ms.float32)
        inv = ops.argsort(order.astype(ms.float32))
        on = ops.gather(on_sorted, inv, -1)
        dispatch_cost = (on * capacity * cost).sum(axis=-1)
        return on, dispatch_cost


def make():
    np.random.seed(19)
    cap = Tensor(np.random.uniform(50, 200, size=(8,)).astype(np.float32))
    cost = Tensor(np.random.uniform(20, 90, size=(8,)).astype(np.float32))
    demand = Tensor(np.array([300.0, 520.0, 150.0], dtype=np.float32))
    return MeritOrderCommitment(), (cap, cost, demand)
