# case: CTC batch decoding slices each sequence to its predicted length taken from tensor data -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CRNNDecoder(nn.Cell):
    def __init__(self, hidden=48, num_classes=20, blank_id=0, max_batch=2):
        super().__init__()
        self.proj = nn.Dense(hidden, num_classes)
        self.blank_id = blank_id
        self.max_batch = max_batch

    def _non_blank_count(self, ids):
        return (ids != self.blank_id).astype(ms.int32).sum()

    def construct(self, seq_feats, seq_lens):
        logits = self.proj(seq_feats)
        ids = logits.argmax(-1).astype(ms.int32)
        outputs = []
        for b in range(self.max_batch):
            length = seq_lens[b]
            valid = ids[b][:length]
            n = self._non_blank_count(valid)
            outputs.append(n)
        return ops.stack(outputs)


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(2, 20, 48).astype(np.float32))
    lens = Tensor(np.array([20, 13], dtype=np.int32))
    return CRNNDecoder(), (feats, lens)
