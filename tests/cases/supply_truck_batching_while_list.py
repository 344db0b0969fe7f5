# case: greedy truck loading with a while loop on tensor weights, appending each truck's load to a Python list -> data-dependent loop and list growth in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruckBatcher(nn.Cell):
    def __init__(self, truck_capacity=1000.0):
        super().__init__()
        self.truck_capacity = truck_capacity

    def construct(self, pallet_weights):
        loads = []
        current = Tensor(0.0, ms.float32)
        i = 0
        n = pallet_weights.shape[0]
        while i < n:
            w = pallet_weights[i]
            if current + w > self.truck_capacity:
                loads.append(current)
                current = w
            else:
                current = current + w
            i += 1
        loads.append(current)
        return ops.stack(loads)


def make():
    np.random.seed(12)
    pallet_weights = Tensor(np.random.uniform(150, 450, 14).astype(np.float32))
    return TruckBatcher(), (pallet_weights,)
