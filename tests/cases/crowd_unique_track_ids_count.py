# case: counts distinct people in a clip with unique() over track ids and compares with the summed density -> unique gives a dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipCountConsistency(nn.Cell):
    def __init__(self):
        super().__init__()
        self.l1 = nn.L1Loss()

    def construct(self, track_ids, density):
        uniq, _ = ops.unique(track_ids)
        num_people = ops.cast(ops.size(uniq), ms.float32)
        pred_count = density.sum(axis=(1, 2, 3)).mean()
        return self.l1(pred_count, num_people)


def make():
    np.random.seed(6)
    ids = np.random.randint(0, 12, size=(30,)).astype(np.int32)
    dens = np.random.rand(3, 1, 8, 8).astype(np.float32) * 0.2
    return ClipCountConsistency(), (Tensor(ids), Tensor(dens))
