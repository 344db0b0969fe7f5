# case: assign pallets to trucks by cumulative weight floor-divided by capacity, fixed max trucks via one_hot -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CumulativeTruckAssigner(nn.Cell):
    def __init__(self, truck_capacity=1000.0, max_trucks=8):
        super().__init__()
        self.truck_capacity = truck_capacity
        self.max_trucks = max_trucks

    def construct(self, pallet_weights):
        cum = ops.cumsum(pallet_weights, axis=0)
        truck_idx = ops.floor((cum - pallet_weights) / self.truck_capacity).astype(ms.int32)
        truck_idx = ops.clamp(truck_idx, 0, self.max_trucks - 1)
        assign = ops.one_hot(truck_idx, self.max_trucks,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        loads = ops.matmul(pallet_weights.expand_dims(0), assign).squeeze(0)
        utilisation = loads / self.truck_capacity
        trucks_used = (loads > 0).astype(ms.int32).sum()
        return truck_idx, utilisation, trucks_used


def make():
    np.random.seed(13)
    pallet_weights = Tensor(np.random.uniform(150, 450, 14).astype(np.float32))
    return CumulativeTruckAssigner(), (pallet_weights,)
