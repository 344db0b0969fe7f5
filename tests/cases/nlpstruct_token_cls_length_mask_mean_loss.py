# case: token-classification loss with padding mask built from lengths (arange < len) and masked mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sequence_mask(lengths, max_len):
    positions = ops.arange(max_len, dtype=lengths.dtype)
    return positions.expand_dims(0) < lengths.expand_dims(1)


class TaggerHead(nn.Cell):
    def __init__(self, hidden=16, num_labels=9, label_smoothing=0.0):
        super().__init__()
        self.proj = nn.SequentialCell([nn.Dense(hidden, hidden), nn.GELU(), nn.Dense(hidden, num_labels)])
        self.ce = nn.CrossEntropyLoss(reduction="none", label_smoothing=label_smoothing)
        self.num_labels = num_labels

    def construct(self, features, labels, lengths):
        batch, seq_len, _ = features.shape
        mask = sequence_mask(lengths, seq_len)
        logits = self.proj(features)
        per_tok = self.ce(logits.reshape(-1, self.num_labels), labels.reshape(-1)).reshape(batch, seq_len)
        maskf = mask.astype(per_tok.dtype)
        loss = (per_tok * maskf).sum() / ops.maximum(maskf.sum(), ops.ones((), ms.float32))
        preds = ops.where(mask, logits.argmax(-1).astype(ms.int32), ops.full_like(labels, -1))
        return loss, preds


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 9, (3, 6)).astype(np.int32))
    lengths = Tensor(np.array([6, 2, 4], np.int32))
    return TaggerHead(), (feats, labels, lengths)
