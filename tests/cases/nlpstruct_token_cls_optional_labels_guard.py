# case: BERT-style token classification returning logits only when labels is None, optional attention mask guarded by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BertForTokenClassificationHead(nn.Cell):
    def __init__(self, hidden=8, num_labels=4, classifier_dropout=None, hidden_dropout=0.1):
        super().__init__()
        p = classifier_dropout if classifier_dropout is not None else hidden_dropout
        self.dropout = nn.Dropout(p=p)
        self.classifier = nn.Dense(hidden, num_labels)
        self.num_labels = num_labels

    def construct(self, sequence_output, labels=None, attention_mask=None):
        logits = self.classifier(self.dropout(sequence_output))
        if labels is None:
            return (logits,)
        flat_logits = logits.reshape(-1, self.num_labels)
        flat_labels = labels.reshape(-1)
        if isinstance(attention_mask, Tensor):
            active = attention_mask.reshape(-1) == 1
            flat_labels = ops.where(active, flat_labels, ops.full_like(flat_labels, -100))
        loss = ops.cross_entropy(flat_logits, flat_labels, ignore_index=-100)
        return (loss, logits)


def make():
    np.random.seed(0)
    seq = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (2, 5)).astype(np.int32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], np.int32))
    return BertForTokenClassificationHead(), (seq, labels, mask)
