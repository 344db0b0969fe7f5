# case: memory-saving RNN-T joint that restricts the output layer to the unique target ids in the batch -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrunedVocabJoint(nn.Cell):
    def __init__(self, dim=16, vocab_size=20, blank_id=0):
        super().__init__()
        self.enc_proj = nn.Dense(dim, dim)
        self.pred_proj = nn.Dense(dim, dim, has_bias=False)
        self.weight = ms.Parameter(Tensor(np.random.RandomState(0).randn(vocab_size, dim).astype(np.float32) * 0.1),
                                   name="out_weight")
        self.blank_id = blank_id

    def active_vocab(self, targets):
        ids = ops.concat((ops.full((1,), self.blank_id, dtype=targets.dtype), targets.reshape(-1)))
        uniq, _ = ops.unique(ids)
        return uniq

    def construct(self, enc, pred, targets):
        vocab_ids = self.active_vocab(targets)
        w = ops.gather(self.weight, vocab_ids, 0)
        hidden = ops.tanh(self.enc_proj(enc).expand_dims(2) + self.pred_proj(pred).expand_dims(1))
        logits = ops.matmul(hidden, w.T)
        return ops.log_softmax(logits, axis=-1), vocab_ids


def make():
    np.random.seed(15)
    enc = Tensor(np.random.randn(1, 5, 16).astype(np.float32))
    pred = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    targets = Tensor(np.array([[3, 7, 3]], dtype=np.int32))
    return PrunedVocabJoint(), (enc, pred, targets)
