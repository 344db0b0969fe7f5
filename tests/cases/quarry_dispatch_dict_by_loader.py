# case: haul dispatcher builds a dict of truck assignments per loader inside construct, updates it in a loop and returns the dict -> dict built/mutated/returned in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


LOADERS = ("face_a", "face_b", "stockpile")


class TruckDispatcher(nn.Cell):
    def __init__(self, n_trucks=6):
        super().__init__()
        self.n_trucks = n_trucks
        self.cost = nn.Dense(4, len(LOADERS))

    def construct(self, truck_state):
        cost = self.cost(truck_state)
        choice = ops.argmin(cost, axis=1)
        plan = {}
        for j, name in enumerate(LOADERS):
            plan[name] = (choice == j).astype(ms.int32)
        plan["total"] = choice.shape[0]
        return plan


def make():
    np.random.seed(151)
    state = Tensor(np.random.randn(6, 4).astype(np.float32))
    return TruckDispatcher(), (state,)
