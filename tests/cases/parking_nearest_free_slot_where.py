# case: assign each arriving car the nearest free slot, occupied slots pushed to +inf distance with ops.where -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotAssigner(nn.Cell):
    def __init__(self, big=1e6):
        super().__init__()
        self.big = big

    def pairwise_dist(self, cars, slots):
        # cars (C, 2), slots (S, 2) -> (C, S)
        diff = cars.expand_dims(1) - slots.expand_dims(0)
        return ops.sqrt((diff * diff).sum(-1) + 1e-6)

    def construct(self, cars, slots, occupied):
        dist = self.pairwise_dist(cars, slots)
        blocked = occupied.astype(ms.bool_).expand_dims(0)
        blocked = ops.broadcast_to(blocked, dist.shape)
        masked = ops.where(blocked, ops.full_like(dist, self.big), dist)
        choice = ops.argmin(masked, axis=1)
        best = ops.gather_elements(masked, 1, choice.expand_dims(1)).squeeze(1)
        return choice, best


def make():
    np.random.seed(6)
    cars = Tensor(np.random.uniform(0, 50, (5, 2)).astype(np.float32))
    slots = Tensor(np.random.uniform(0, 50, (12, 2)).astype(np.float32))
    occupied = Tensor(np.random.randint(0, 2, 12).astype(np.int32))
    return SlotAssigner(), (cars, slots, occupied)
