# case: assigns each stop to a trip number by dividing the cumulative load by vehicle capacity with floor -> trip ids computed elementwise, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripSplitter(nn.Cell):
    def __init__(self, capacity=12.0, max_trips=6):
        super().__init__()
        self.capacity = capacity
        self.max_trips = max_trips

    def construct(self, demands):
        cum = ops.cumsum(demands, axis=0)
        trip = ops.floor((cum - 1e-6) / self.capacity).astype(ms.int32)
        trip = ops.clip_by_value(trip, 0, self.max_trips - 1)
        load_per_trip = ops.unsorted_segment_sum(demands, trip, self.max_trips)
        return trip, load_per_trip


def make():
    np.random.seed(36)
    demands = Tensor(np.random.uniform(1, 5, size=(14,)).astype(np.float32))
    return TripSplitter(), (demands,)
