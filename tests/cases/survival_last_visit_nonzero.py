# case: finds each patient's last real visit with ops.nonzero on the padding mask before reading the hidden state -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LastVisitReadout(nn.Cell):
    def __init__(self, code_dim=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(code_dim, hidden, batch_first=True)
        self.head = nn.Dense(hidden, 1)

    def construct(self, visits, pad_mask):
        out, _ = self.gru(visits)
        idx = ops.nonzero(pad_mask)
        last_pos = ops.zeros((visits.shape[0],), ms.int32)
        last_pos = ops.tensor_scatter_elements(last_pos, idx[:, 0], idx[:, 1].astype(ms.int32), axis=0, reduction="none")
        last_h = ops.gather_elements(out, 1, last_pos.reshape(-1, 1, 1).broadcast_to((-1, 1, out.shape[2])))
        return self.head(last_h.squeeze(1)).squeeze(-1)


def make():
    np.random.seed(16)
    visits = Tensor(np.random.randn(3, 5, 6).astype(np.float32))
    lengths = np.array([5, 2, 4])
    mask = (np.arange(5)[None, :] < lengths[:, None]).astype(np.int32)
    return LastVisitReadout(), (visits, Tensor(mask))
