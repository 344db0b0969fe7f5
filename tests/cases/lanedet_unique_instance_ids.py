# case: find distinct lane instance ids in a clustered label map with unique and compute per-instance pixel counts -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InstanceCounter(nn.Cell):
    def __init__(self, background_id=0):
        super().__init__()
        self.background_id = background_id

    def construct(self, instance_map):
        flat = instance_map.view(-1)
        ids, inverse = ops.unique(flat)
        counts = ops.zeros(ids.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.view(-1, 1), ops.ones(flat.shape, ms.float32))
        fg = ids != self.background_id
        return ids, counts * fg.astype(ms.float32)


def make():
    np.random.seed(3)
    inst = np.random.randint(0, 4, size=(10, 16)).astype(np.int32)
    return InstanceCounter(), (Tensor(inst),)
