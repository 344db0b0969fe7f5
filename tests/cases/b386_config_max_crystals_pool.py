# case: readout pools atoms into a fixed max_crystals_per_batch slots taken from the config (padding crystals get zero) and masks empty slots by multiplication -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    def __init__(self, hidden=24, max_crystals=4, unit_scale=1000.0, normalize_by_atoms=True):
        self.hidden = hidden
        self.max_crystals = max_crystals
        self.unit_scale = unit_scale
        self.normalize_by_atoms = normalize_by_atoms


class BaseReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_crystals = config.max_crystals
        self.normalize = config.normalize_by_atoms

    def pool(self, h, batch):
        total = ops.unsorted_segment_sum(h, batch, self.max_crystals)
        count = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), batch, self.max_crystals)
        if self.normalize:
            total = total / ops.maximum(count, 1.0)
        return total, (count > 0).astype(h.dtype)

    def construct(self, h, batch):
        return self.pool(h, batch)


class FormationEnergyReadout(BaseReadout):
    def __init__(self, config):
        super().__init__(config)
        self.proj = nn.Dense(config.hidden, 1)
        self.unit_scale = config.unit_scale

    def construct(self, h, batch):
        crys, valid = super().construct(h, batch)
        return self.proj(crys) * valid * self.unit_scale


def make():
    np.random.seed(7)
    h = Tensor(np.random.randn(11, 24).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2], dtype=np.int32))
    return FormationEnergyReadout(ReadoutConfig()), (h, batch)
