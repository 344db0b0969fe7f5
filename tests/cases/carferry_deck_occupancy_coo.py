# case: vehicle deck occupancy held as a COOTensor of (lane, bay) slots with axle loads, densified to get per-lane weight -> sparse tensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeckOccupancy(nn.Cell):
    def __init__(self, n_lanes=6, n_bays=10):
        super().__init__()
        self.shape = (n_lanes, n_bays)

    def construct(self, slot_idx, slot_tonnes):
        occ = ms.COOTensor(slot_idx, slot_tonnes, self.shape)
        dense = occ.to_dense()
        lane_weight = dense.sum(axis=1)
        bay_weight = dense.sum(axis=0)
        return lane_weight, bay_weight


def make():
    np.random.seed(7)
    idx = np.array([[0, 1], [0, 2], [1, 4], [2, 2], [3, 7], [5, 9]], np.int32)
    tonnes = np.random.uniform(1.2, 38.0, len(idx)).astype(np.float32)
    return DeckOccupancy(), (Tensor(idx), Tensor(tonnes))
