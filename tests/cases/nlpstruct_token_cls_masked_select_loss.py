# case: NER token-classification loss that drops padding with masked_select before cross-entropy -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenClassifier(nn.Cell):
    def __init__(self, hidden=16, num_labels=7, dropout=0.1, pad_label=-100):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        self.classifier = nn.Dense(hidden, num_labels)
        self.num_labels = num_labels
        self.pad_label = pad_label
        self.loss_fn = nn.CrossEntropyLoss()

    def _active(self, logits, labels, attention_mask):
        active = attention_mask.astype(ms.bool_)
        flat_mask = active.reshape(-1)
        flat_logits = logits.reshape(-1, self.num_labels)
        keep_rows = ops.broadcast_to(flat_mask.expand_dims(1), flat_logits.shape)
        sel_logits = ops.masked_select(flat_logits, keep_rows).reshape(-1, self.num_labels)
        sel_labels = ops.masked_select(labels.reshape(-1), flat_mask)
        return sel_logits, sel_labels

    def construct(self, sequence_output, labels, attention_mask):
        logits = self.classifier(self.dropout(sequence_output))
        act_logits, act_labels = self._active(logits, labels, attention_mask)
        return self.loss_fn(act_logits, act_labels)


def make():
    np.random.seed(0)
    seq_out = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 7, (2, 8)).astype(np.int32))
    lengths = np.array([8, 5])
    attn = Tensor((np.arange(8)[None, :] < lengths[:, None]).astype(np.int32))
    return TokenClassifier(), (seq_out, labels, attn)
