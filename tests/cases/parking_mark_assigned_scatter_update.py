# case: mark the slots handed out this cycle as occupied with tensor_scatter_update on fixed-length index tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotLedger(nn.Cell):
    def __init__(self, num_slots=20):
        super().__init__()
        self.num_slots = num_slots

    def construct(self, occupancy, assigned_slots):
        # occupancy: (num_slots,) float, assigned_slots: (k,) int32
        idx = assigned_slots.expand_dims(1)
        ones = ops.ones(assigned_slots.shape, occupancy.dtype)
        updated = ops.tensor_scatter_update(occupancy, idx, ones)
        newly = updated - occupancy
        return updated, newly.sum()


def make():
    np.random.seed(36)
    occ = Tensor(np.random.randint(0, 2, 20).astype(np.float32))
    assigned = Tensor(np.random.choice(20, 4, replace=False).astype(np.int32))
    return SlotLedger(), (occ, assigned)
