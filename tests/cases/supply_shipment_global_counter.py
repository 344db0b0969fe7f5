# case: shipment batcher bumps a module-level batch counter inside construct to stamp batch numbers -> global state mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BATCH_COUNTER = 0


class ShipmentStamper(nn.Cell):
    def __init__(self, max_parcels=10):
        super().__init__()
        self.max_parcels = max_parcels

    def construct(self, parcel_volumes):
        global BATCH_COUNTER
        BATCH_COUNTER += 1
        n = parcel_volumes.shape[0]
        batch_ids = ops.arange(n, dtype=ms.int32) // self.max_parcels + BATCH_COUNTER * 100
        batch_volume = parcel_volumes.sum()
        return batch_ids, batch_volume


def make():
    np.random.seed(24)
    volumes = Tensor(np.random.uniform(0.05, 0.8, 23).astype(np.float32))
    return ShipmentStamper(), (volumes,)
