# case: MEGNet set2set-free readout derives num_crystals = int(crystal_ids.max()) + 1 inside a shared base-class helper before segment sums -> Python int from tensor data (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    def __init__(self, hidden=24, out_dim=1, unit_scale=1000.0):
        self.hidden = hidden
        self.out_dim = out_dim
        self.unit_scale = unit_scale


class BaseReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.unit_scale = config.unit_scale

    def _num_graphs(self, batch):
        return int(batch.max()) + 1

    def pool(self, h, batch):
        n = self._num_graphs(batch)
        return ops.unsorted_segment_sum(h, batch, n)

    def construct(self, h, batch):
        return self.pool(h, batch)


class FormationEnergyReadout(BaseReadout):
    def __init__(self, config):
        super().__init__(config)
        self.proj = nn.Dense(config.hidden, config.out_dim)

    def construct(self, h, batch):
        crys = super().construct(h, batch)
        return self.proj(crys) * self.unit_scale


def make():
    np.random.seed(6)
    h = Tensor(np.random.randn(11, 24).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2], dtype=np.int32))
    return FormationEnergyReadout(ReadoutConfig()), (h, batch)
