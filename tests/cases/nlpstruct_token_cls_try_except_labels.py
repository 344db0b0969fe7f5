# case: token classifier whose loss is wrapped in try/except to fall back to ignoring misaligned labels -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustTokenClassifier(nn.Cell):
    def __init__(self, hidden=8, num_labels=5, ignore_index=-100):
        super().__init__()
        self.dense = nn.Dense(hidden, num_labels)
        self.loss_fct = nn.CrossEntropyLoss(ignore_index=ignore_index)
        self.num_labels = num_labels

    def _flat_loss(self, logits, labels):
        return self.loss_fct(logits.reshape(-1, self.num_labels), labels.reshape(-1))

    def construct(self, sequence_output, labels):
        logits = self.dense(sequence_output)
        try:
            loss = self._flat_loss(logits, labels)
        except ValueError:
            loss = self._flat_loss(logits[:, :labels.shape[1]], labels)
        return loss, logits


def make():
    np.random.seed(0)
    seq = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    labels = np.random.randint(0, 5, (2, 6)).astype(np.int32)
    labels[0, 4:] = -100
    return RobustTokenClassifier(), (seq, Tensor(labels))
