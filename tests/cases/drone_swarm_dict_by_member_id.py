# case: builds a Python dict keyed by each swarm member's id read from a tensor (int(ids[i])) to look up formation slots -> dict keyed by tensor values in construct fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FormationAssigner(nn.Cell):
    def __init__(self, slots):
        super().__init__()
        self.slots = Tensor(slots)

    def construct(self, member_ids, positions):
        table = {}
        for i in range(member_ids.shape[0]):
            table[int(member_ids[i])] = positions[i]
        errors = []
        for key in sorted(table.keys()):
            errors.append(self.slots[key] - table[key])
        return ops.stack(errors)


def make():
    np.random.seed(21)
    slots = np.array([[0, 0, 5], [2, 0, 5], [-2, 0, 5], [0, 2, 5], [0, -2, 5]], dtype=np.float32)
    ids = np.array([3, 0, 4, 1], dtype=np.int32)
    pos = np.random.randn(4, 3).astype(np.float32)
    return FormationAssigner(slots), (Tensor(ids), Tensor(pos))
