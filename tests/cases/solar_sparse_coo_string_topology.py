# case: plant topology maps strings to inverters with a COOTensor built in construct, densified with to_dense and multiplied with string power -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class InverterAggregator(nn.Cell):
    def __init__(self, n_inverters=3, n_strings=9):
        super().__init__()
        rows = np.repeat(np.arange(n_inverters), n_strings // n_inverters)
        cols = np.arange(n_strings)
        self.indices = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
        self.values = Tensor(np.ones(n_strings, dtype=np.float32))
        self.shape = (n_inverters, n_strings)

    def construct(self, string_power):
        topo = COOTensor(self.indices, self.values, self.shape)
        inv_power = ops.matmul(topo.to_dense(), string_power)
        return inv_power


def make():
    np.random.seed(25)
    power = np.random.uniform(2.0, 3.5, size=(9, 4)).astype(np.float32)
    return InverterAggregator(), (Tensor(power),)
