# case: token classification head reports which entity label ids occur on the page via ops.unique on the argmax predictions -> ops.unique, data-dependent output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden_size=32, num_labels=7, classifier_dropout=None, hidden_dropout_prob=0.1):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.classifier_dropout = classifier_dropout
        self.hidden_dropout_prob = hidden_dropout_prob


class TokenClassificationHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        p = config.classifier_dropout if config.classifier_dropout is not None else config.hidden_dropout_prob
        self.dropout = nn.Dropout(p=p)
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)

    def _present_labels(self, preds):
        labels, _ = ops.unique(preds.reshape(-1))
        return labels

    def construct(self, sequence_output):
        logits = self.classifier(self.dropout(sequence_output))
        preds = logits.argmax(axis=-1)
        return logits, self._present_labels(preds)


def make():
    np.random.seed(13)
    h = Tensor(np.random.randn(1, 20, 32).astype(np.float32))
    head = TokenClassificationHead(HeadConfig())
    head.set_train(False)
    return head, (h,)
