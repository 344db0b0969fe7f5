# case: total the batch charge per silo with a one-hot matrix over a fixed silo count -> all shapes from constants, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_SILOS = 8


class SiloTotals(nn.Cell):
    def __init__(self, n_silos=N_SILOS):
        super().__init__()
        self.n_silos = n_silos
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, silo_ids, charge_kg):
        onehot = ops.one_hot(silo_ids, self.n_silos, self.on, self.off)
        per_silo = ops.matmul(charge_kg.reshape(1, -1), onehot).reshape(-1)
        used = (per_silo > 0).astype(ms.float32)
        share = per_silo / per_silo.sum()
        return per_silo, share * used


def make():
    np.random.seed(22)
    ids = np.random.randint(0, N_SILOS, size=(20,)).astype(np.int32)
    kg = (50.0 + 200.0 * np.random.rand(20)).astype(np.float32)
    return SiloTotals(), (Tensor(ids), Tensor(kg))
