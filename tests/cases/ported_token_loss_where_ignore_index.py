# case: token-classification loss zeroes ignored positions with ops.where on a fixed-size mask instead of boolean indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenClassificationHead(nn.Cell):
    def __init__(self, hidden=12, num_labels=4, ignore_index=-100, dropout=0.1):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        self.classifier = nn.Dense(hidden, num_labels)
        self.ignore_index = ignore_index
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def masked_loss(self, logits, labels):
        num_labels = logits.shape[-1]
        active = labels.view(-1) != self.ignore_index
        safe_labels = ops.where(active, labels.view(-1), ops.zeros_like(labels.view(-1)))
        per_token = self.ce(logits.view(-1, num_labels), safe_labels)
        per_token = ops.where(active, per_token, ops.zeros_like(per_token))
        return per_token.sum() / active.astype(ms.float32).sum().clamp(min=1.0)

    def construct(self, sequence_output, labels=None):
        logits = self.classifier(self.dropout(sequence_output))
        if labels is None:
            return (logits,)
        return self.masked_loss(logits, labels), logits


def make():
    np.random.seed(31)
    seq = np.random.randn(2, 5, 12).astype(np.float32)
    labels = np.array([[1, 2, -100, -100, -100], [0, 3, 3, 1, -100]], dtype=np.int32)
    net = TokenClassificationHead()
    net.set_train(False)
    return net, (Tensor(seq), Tensor(labels))
