# case: CRF partition function that loops only up to the longest real length, range(int(lengths.max())) -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFPartition(nn.Cell):
    def __init__(self, num_tags=4):
        super().__init__()
        rng = np.random.RandomState(3)
        self.trans = Parameter(Tensor(rng.randn(num_tags, num_tags).astype(np.float32) * 0.1), name="trans")
        self.start_trans = Parameter(Tensor(np.zeros(num_tags, np.float32)), name="start_trans")

    def _step(self, alpha, emit_t, mask_t):
        nxt = ops.logsumexp(alpha.expand_dims(2) + self.trans + emit_t.expand_dims(1), 1)
        return ops.where(mask_t.expand_dims(1), nxt, alpha)

    def construct(self, emissions, lengths):
        mask = ops.arange(emissions.shape[1], dtype=ms.int32).expand_dims(0) < lengths.expand_dims(1)
        alpha = emissions[:, 0] + self.start_trans
        max_len = int(lengths.max())
        for t in range(1, max_len):
            alpha = self._step(alpha, emissions[:, t], mask[:, t])
        return ops.logsumexp(alpha, 1)


def make():
    np.random.seed(0)
    em = Tensor(np.random.randn(3, 8, 4).astype(np.float32))
    lengths = Tensor(np.array([5, 3, 2], np.int32))
    return CRFPartition(), (em, lengths)
