# case: span cross-entropy restricted to context tokens by multiplying with a 0/1 mask and adding a large negative, instead of boolean indexing, in training mode -> masks used by arithmetic only; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanLossConfig:
    def __init__(self, hidden_size=16, hidden_dropout_prob=0.1, ignore_index=-1):
        self.hidden_size = hidden_size
        self.hidden_dropout_prob = hidden_dropout_prob
        self.ignore_index = ignore_index


def mask_logits(logits, mask):
    mask = mask.astype(logits.dtype)
    return logits * mask + (1.0 - mask) * -1e4


class ReaderWithSpanLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dropout = nn.Dropout(p=config.hidden_dropout_prob)
        self.qa = nn.Dense(config.hidden_size, 2)
        self.ce = nn.CrossEntropyLoss(ignore_index=config.ignore_index)

    def construct(self, sequence_output, context_mask, start_positions=None, end_positions=None):
        if self.training:
            sequence_output = self.dropout(sequence_output)
        logits = self.qa(sequence_output)
        start_logits = mask_logits(logits[..., 0], context_mask)
        end_logits = mask_logits(logits[..., 1], context_mask)
        if start_positions is not None and end_positions is not None:
            loss = (self.ce(start_logits, start_positions) + self.ce(end_logits, end_positions)) / 2
            return loss, start_logits, end_logits
        return start_logits, end_logits


def make():
    np.random.seed(3754)
    seq = Tensor(np.random.randn(3, 12, 16).astype(np.float32))
    cm = np.zeros((3, 12), dtype=np.int32)
    cm[:, 3:11] = 1
    sp = Tensor(np.array([4, 6, 3], dtype=np.int32))
    ep = Tensor(np.array([5, 9, 3], dtype=np.int32))
    net = ReaderWithSpanLoss(SpanLossConfig())
    net.set_train(True)
    return net, (seq, Tensor(cm), sp, ep)
