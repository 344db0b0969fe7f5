# case: token-classification loss helper that flattens logits and keeps only positions with attention_mask == 1 via ops.masked_select before cross-entropy -> masked_select output length depends on mask values, dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenClsConfig:
    hidden_size = 16
    num_labels = 5
    ignore_index = -100


class TokenClassificationHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_labels = config.num_labels
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)

    def _active_loss(self, logits, labels, attention_mask):
        active = attention_mask.view(-1) == 1
        active_logits = ops.masked_select(logits.view(-1, self.num_labels),
                                          active.expand_dims(-1).broadcast_to((-1, self.num_labels)))
        active_logits = active_logits.view(-1, self.num_labels)
        active_labels = ops.masked_select(labels.view(-1), active)
        return ops.cross_entropy(active_logits, active_labels)

    def construct(self, sequence_output, labels=None, attention_mask=None):
        logits = self.classifier(sequence_output)
        if labels is None:
            return (logits,)
        if attention_mask is not None:
            loss = self._active_loss(logits, labels, attention_mask)
        else:
            loss = ops.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1))
        return (loss, logits)


def make():
    np.random.seed(42)
    head = TokenClassificationHead(TokenClsConfig())
    seq = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(2, 6)).astype(np.int32))
    mask = np.ones((2, 6), dtype=np.int32)
    mask[0, 4:] = 0
    return head, (seq, labels, Tensor(mask))
