# case: visit-code embedding that strips padding code 0 with nonzero before averaging -> dynamic shape at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def strip_padding(codes, pad_id=0):
    idx = ops.nonzero(codes != pad_id)
    return ops.gather_nd(codes, idx), idx[:, 0]


class CodeBagEncoder(nn.Cell):
    def __init__(self, vocab_size=50, dim=8, n_visits=4, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.pad_id = pad_id
        self.n_visits = n_visits

    def construct(self, codes):
        kept, visit_ids = strip_padding(codes, self.pad_id)
        emb = self.embed(kept)
        sums = ops.unsorted_segment_sum(emb, visit_ids, self.n_visits)
        counts = ops.unsorted_segment_sum(ops.ones_like(visit_ids).astype(ms.float32), visit_ids, self.n_visits)
        return sums / counts.clip(1.0, None).expand_dims(-1)


def make():
    np.random.seed(4)
    codes = np.random.randint(1, 50, size=(4, 6)).astype(np.int32)
    codes[0, 3:] = 0
    codes[2, 1:] = 0
    return CodeBagEncoder(), (Tensor(codes),)
