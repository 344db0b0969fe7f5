# case: builds a sparse meter-to-substation incidence matrix as a COOTensor inside construct and multiplies it with meter loads -> sparse tensor in graph (may error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseFeederRollup(nn.Cell):
    def __init__(self, n_substations=4, n_meters=12):
        super().__init__()
        self.shape = (n_substations, n_meters)

    def construct(self, meter_index, sub_index, meter_load):
        indices = ops.stack([sub_index, meter_index], axis=1)
        values = ops.ones_like(meter_load)
        incidence = COOTensor(indices, values, self.shape)
        dense = incidence.to_dense()
        return ops.matmul(dense, meter_load.reshape(-1, 1)).reshape(-1)


def make():
    np.random.seed(32)
    meter_index = Tensor(np.arange(12).astype(np.int32))
    sub_index = Tensor(np.random.randint(0, 4, size=12).astype(np.int32))
    load = Tensor(np.random.uniform(0.5, 3.0, size=(12,)).astype(np.float32))
    return SparseFeederRollup(), (meter_index, sub_index, load)
