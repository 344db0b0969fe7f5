# case: GRU encoder over padded variable-length kiln logs with per-step validity mask from lengths, last valid state picked by gather -> static shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KilnLogEncoder(nn.Cell):
    def __init__(self, n_feat=3, hidden=16, max_len=30):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.steps = Tensor(np.arange(max_len, dtype=np.int32))
        self.out = nn.Dense(hidden, 1)

    def construct(self, logs, lengths):
        seq, _ = self.gru(logs)
        mask = (self.steps.reshape(1, -1) < lengths.reshape(-1, 1)).astype(seq.dtype)
        seq = seq * mask.expand_dims(-1)
        last_idx = (lengths - 1).reshape(-1, 1, 1)
        last_idx = ops.broadcast_to(last_idx, (seq.shape[0], 1, seq.shape[2]))
        last = ops.gather_elements(seq, 1, last_idx).squeeze(1)
        return self.out(last)


def make():
    np.random.seed(251)
    ms.set_seed(251)
    logs = np.random.randn(4, 30, 3).astype(np.float32)
    lengths = np.array([30, 12, 25, 7], np.int32)
    return KilnLogEncoder(), (Tensor(logs), Tensor(lengths))
