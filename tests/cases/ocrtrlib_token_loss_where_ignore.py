# case: token classification loss ignores -100 labels with three-argument ops.where and a float mask, averaging by the mask sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class HeadConfig:
    def __init__(self, hidden_size=32, num_labels=7, return_dict=False):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.return_dict = return_dict


class TokenClassifierWithLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        self.num_labels = config.num_labels
        self.return_dict = config.return_dict

    def _masked_ce(self, logits, labels):
        valid = labels != IGNORE_INDEX
        safe_labels = ops.where(valid, labels, ops.zeros_like(labels))
        logp = ops.log_softmax(logits, axis=-1)
        picked = ops.gather_elements(logp, -1, safe_labels.expand_dims(-1)).squeeze(-1)
        w = valid.astype(logits.dtype)
        return -(picked * w).sum() / ops.maximum(w.sum(), Tensor(1.0, ms.float32))

    def construct(self, sequence_output, labels=None):
        logits = self.classifier(sequence_output)
        loss = None
        if labels is not None:
            loss = self._masked_ce(logits, labels)
        output = (logits,)
        return ((loss,) + output) if loss is not None else output


def make():
    np.random.seed(15)
    h = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    labels = np.random.randint(0, 7, size=(2, 12)).astype(np.int32)
    labels[:, 0] = IGNORE_INDEX
    labels[1, 9:] = IGNORE_INDEX
    return TokenClassifierWithLoss(HeadConfig()), (h, Tensor(labels))
