# case: compute lot occupancy ratio by pulling the sensor tensor to host with asnumpy inside construct -> graph mode error on asnumpy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotOccupancy(nn.Cell):
    def __init__(self, capacity=40):
        super().__init__()
        self.capacity = capacity

    def construct(self, sensor_states):
        # sensor_states: (capacity,) 1 when a car is detected by the ground sensor
        states = sensor_states.asnumpy()
        occupied = int(np.sum(states))
        ratio = occupied / self.capacity
        return Tensor(np.array([ratio], dtype=np.float32))


def make():
    np.random.seed(4)
    states = Tensor(np.random.randint(0, 2, 40).astype(np.int32))
    return LotOccupancy(), (states,)
