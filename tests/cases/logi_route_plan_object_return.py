# case: a sub-Cell builds a plain Python RoutePlan object holding stop order and cost, the parent mutates it and reads fields -> custom Python class instance created and mutated in construct, may error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoutePlan:
    def __init__(self, order, cost):
        self.order = order
        self.cost = cost
        self.vehicle = -1


class SweepPlanner(nn.Cell):
    def construct(self, coords, depot):
        rel = coords - depot.reshape(1, -1)
        angle = ops.atan2(rel[:, 1], rel[:, 0])
        _, order = ops.sort(angle)
        cost = ops.sqrt((rel * rel).sum(axis=1)).sum()
        return RoutePlan(order, cost)


class FleetPlanner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sweep = SweepPlanner()

    def construct(self, coords, depot):
        plan = self.sweep(coords, depot)
        plan.vehicle = 0
        plan.cost = plan.cost * 1.1
        return plan.order, plan.cost


def make():
    np.random.seed(21)
    coords = Tensor(np.random.uniform(0, 10, size=(8, 2)).astype(np.float32))
    depot = Tensor(np.array([5.0, 5.0], dtype=np.float32))
    return FleetPlanner(), (coords, depot)
