# case: reads each patient's last real visit hidden state by gathering at lengths-1 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LastVisitGather(nn.Cell):
    def __init__(self, code_dim=6, hidden=8, num_bins=5):
        super().__init__()
        self.gru = nn.GRU(code_dim, hidden, batch_first=True)
        self.hazard = nn.Dense(hidden, num_bins)

    def last_state(self, out, lengths):
        pos = ops.clamp(lengths - 1, min=0).astype(ms.int32)
        index = pos.reshape(-1, 1, 1).broadcast_to((out.shape[0], 1, out.shape[2]))
        return ops.gather_elements(out, 1, index).squeeze(1)

    def construct(self, visits, lengths):
        out, _ = self.gru(visits)
        h = self.last_state(out, lengths)
        return ops.sigmoid(self.hazard(h))


def make():
    np.random.seed(17)
    visits = Tensor(np.random.randn(4, 6, 6).astype(np.float32))
    lengths = Tensor(np.array([6, 2, 4, 3], dtype=np.int32))
    return LastVisitGather(), (visits, lengths)
