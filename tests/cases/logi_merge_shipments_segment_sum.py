# case: merges shipment volumes per destination with unsorted_segment_sum using a fixed number of destinations from the constructor -> static segment count, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShipmentConsolidator(nn.Cell):
    def __init__(self, num_destinations=4, truck_volume=25.0):
        super().__init__()
        self.num_destinations = num_destinations
        self.truck_volume = truck_volume

    def construct(self, destinations, volumes):
        merged = ops.unsorted_segment_sum(volumes, destinations, self.num_destinations)
        trucks_needed = ops.ceil(merged / self.truck_volume)
        return merged, trucks_needed


def make():
    np.random.seed(30)
    dest = Tensor(np.random.randint(0, 4, size=(12,)).astype(np.int32))
    vol = Tensor(np.random.uniform(1, 10, size=(12,)).astype(np.float32))
    return ShipmentConsolidator(), (dest, vol)
