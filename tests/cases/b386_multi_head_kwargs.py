# case: multi-task materials model dispatches pooled crystal features to property heads by name with getattr(self, "head_" + name, None), forwarding *args/**kwargs to a shared pooling helper -> names are Python constants, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskConfig:
    def __init__(self, hidden=16, tasks=("formation_energy", "band_gap"), num_crystals=2):
        self.hidden = hidden
        self.tasks = tasks
        self.num_crystals = num_crystals


def segment_pool(h, crystal_ids, num_segments, reduce="mean"):
    s = ops.unsorted_segment_sum(h, crystal_ids, num_segments)
    if reduce == "mean":
        c = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), crystal_ids, num_segments)
        s = s / ops.maximum(c, 1.0)
    return s


class MultiTaskModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tasks = tuple(config.tasks)
        self.num_crystals = config.num_crystals
        for name in self.tasks:
            setattr(self, "head_" + name, nn.Dense(config.hidden, 1))

    def _pool(self, *args, **kwargs):
        return segment_pool(*args, **kwargs)

    def construct(self, h, crystal_ids):
        crys = self._pool(h, crystal_ids, self.num_crystals, reduce="mean")
        outs = ()
        for name in self.tasks:
            head = getattr(self, "head_" + name, None)
            if head is not None:
                outs = outs + (head(crys).squeeze(-1),)
        return outs


def make():
    np.random.seed(38)
    h = Tensor(np.random.randn(9, 16).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 4 + [1] * 5, dtype=np.int32))
    return MultiTaskModel(MultiTaskConfig()), (h, crystal_ids)
