# case: debug print of the occupancy count formatted with an f-string inside construct -> f-string of tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyLogger(nn.Cell):
    def __init__(self, lot_name="Lot-B", verbose=True):
        super().__init__()
        self.lot_name = lot_name
        self.verbose = verbose

    def construct(self, detections):
        # detections: (cameras, slots) per-camera confidence
        fused = detections.max(axis=0)
        occupied = (fused > 0.6).astype(ms.int32)
        count = occupied.sum()
        if self.verbose:
            print(f"{self.lot_name}: {count} cars parked")
        return occupied


def make():
    np.random.seed(16)
    det = Tensor(np.random.rand(3, 15).astype(np.float32))
    return OccupancyLogger(), (det,)
