# case: list the distinct raw-material silo ids used across a batch recipe and total their charge per silo -> ops.unique output length depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SiloUsage(nn.Cell):
    """Sand, soda ash, limestone, dolomite, cullet ... drawn from numbered silos."""

    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()
        self.seg_sum = ops.UnsortedSegmentSum()

    def construct(self, silo_ids, charge_kg):
        silos, inverse = self.unique(silo_ids)
        n_silos = silos.shape[0]
        per_silo = self.seg_sum(charge_kg, inverse, n_silos)
        return silos, per_silo


def make():
    np.random.seed(21)
    ids = np.random.randint(0, 7, size=(20,)).astype(np.int32)
    kg = (50.0 + 200.0 * np.random.rand(20)).astype(np.float32)
    return SiloUsage(), (Tensor(ids), Tensor(kg))
