# case: count distinct licence plates read by gate cameras using ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistinctVehicleCounter(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, plate_hashes):
        # plate_hashes: (num_reads,) int32 hash of OCR plate string
        uniq, inverse = ops.unique(plate_hashes)
        reads_per_plate = ops.zeros_like(uniq)
        n_distinct = uniq.shape[0]
        return uniq, inverse, n_distinct, reads_per_plate


def make():
    np.random.seed(3)
    plates = Tensor(np.random.randint(1000, 1012, 30).astype(np.int32))
    return DistinctVehicleCounter(), (plates,)
